/** What the routes use of the sandbox tester. */
export { SandboxPage } from './sandbox-page';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './sandbox.css';
