// Module types of what Vite resolves: asset URLs and stylesheets.
/// <reference types="vite/client" />
