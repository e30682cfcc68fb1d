/**
 * The test's scratch node_modules are links into the repository's, outside the app: Turbopack only
 * compiles files under its root, so the root is the filesystem's. An app installed as usual needs
 * no config at all.
 */
export default { turbopack: { root: '/' } };
