/** What the routes use of the wizard: its frame. Each step is a public entry of its own (steps/<étape>/<étape>-step.tsx), so that its route loads it alone. */
export { WizardLayout } from './wizard-layout';
// Styles load with the feature, not with the home page: those the step pages share, then its own.
import '../../styles/pages.css';
import './wizard.css';
