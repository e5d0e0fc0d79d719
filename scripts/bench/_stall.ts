import fs from 'node:fs';
import { benchFixture } from './fixture';
import { measureStall } from './stall';
fs.mkdirSync('/tmp/lead/stall', { recursive: true });
const fx = await benchFixture(Number(process.argv[2]), '/tmp/lead/stall', console.log);
console.log(JSON.stringify(await measureStall(fx, Number(process.argv[3]))));
export {};
