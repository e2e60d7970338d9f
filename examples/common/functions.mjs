// JavaScript functions used by the example pipelines: called in-process with parameters by name.
export function greet({ name = 'world' }) {
  console.log(`greeting ${name}`);
  return `hello ${name}`;
}

export function shout({ greeting }) {
  return greeting.toUpperCase();
}

export function square({ chunk }) {
  return chunk * chunk;
}
