// `cdk synth` / `cdk deploy` entry point (cdk.json). Needs Node 22.18 or later, which runs TypeScript directly.
import { createLabApp } from '../lib/app.ts';

createLabApp().app.synth();
