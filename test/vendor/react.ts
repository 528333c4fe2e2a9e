// Entry points pre-bundled to ES modules for the browser tests (React ships CommonJS only);
// see the vendor plugin in web-test-runner.config.mjs. Export what the tests use.
import * as React from 'react';

export const {createElement, act, Fragment} = React;
