// A local npm registry for test/install.test.ts: verdaccio (a devDependency) with the config file
// given as argument, on 127.0.0.1 and a free port, without uplinks (nothing is fetched from the
// internet). Prints `{"port":N}` on stdout once it listens. Started through verdaccio's API rather
// than its command line, whose version check refuses Node 20; the server itself runs on Node 20.
import { parseConfigFile, runServer } from 'verdaccio';

const file = process.argv[2];
const config = parseConfigFile(file);
config.self_path = file;
const app = await runServer(config);
const server = app.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
