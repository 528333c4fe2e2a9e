import * as ReactDOM from 'react-dom/client';

export const {createRoot} = ReactDOM;
