"""Python functions used by the example pipelines."""


def hello():
    print("Hello from python")


class Model:
    def __init__(self, weight: float):
        self.weight = weight

    def predict(self, x: float) -> float:
        return self.weight * x


def read_initial_params(integer: int, floater: float, stringer: str, pydantic_param: dict, chunks: list):
    assert integer == 1 and floater == 3.14 and stringer == "hello"
    assert pydantic_param == {"x": 10, "foo": "bar"}
    total = integer + sum(chunks)
    return total, 0.93, Model(2.0)


def use_model(model: Model, total: int):
    return model.predict(total)


def double(chunk: int) -> int:
    return chunk * 2
