import { main } from './qcd';

process.exitCode = await main(process.argv.slice(2));
