/** What the routes use of the sandbox tester. */
export { SandboxPage } from './sandbox-page';
