/** The build (build.mjs) imports `.graphql` files as their text. */
declare module '*.graphql' {
  const text: string;
  export default text;
}
