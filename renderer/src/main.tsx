// antd's own stylesheet, read once, instead of styles computed in the page for every component at
// first use (zeroRuntime in mount.tsx); the theme's colours still reach it through CSS variables.
import 'antd/dist/antd.css';
import { startEarlyReads } from './api/earlyReads';
import { queryClient } from './api/queryClient';

// Who is signed in (and, on the registry, its first page) is asked before React, antd and the
// pages are even fetched: main answers while they load, and the first drawing has the answers.
startEarlyReads(queryClient, window.location.hash);
// Everything else. Imported, not named in index.html: a page evaluates nothing until every file
// its scripts import statically has loaded, and the questions above would wait for all of them.
void import('./mount');
