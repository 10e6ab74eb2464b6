// The JSX runtime as the app's modules import it in the build: see react.ts beside it.
export { Fragment, jsx, jsxs } from "react/jsx-runtime";
