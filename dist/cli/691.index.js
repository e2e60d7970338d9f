export const id = 691;
export const ids = [691];
export const modules = {

/***/ 48691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   userPath: () => (/* binding */ userPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The path to open for `file` given relative to `cwd`, written the way users like to read it in messages. */
function userPath(cwd, file) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(process.cwd(), abs);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(rel) ? rel : abs;
}


/***/ })

};
