export const APP_NAME = 'Habilitation API Impôt particulier';
