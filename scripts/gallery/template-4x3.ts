// A copy of the default template on a 4:3 slide (10 x 7.5 in): the layout
// takes every position from the slide's size, and the gallery and tests
// show that it holds there too.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Copies `templatesDir`/default into `dir`/default-4x3 with a 10 in wide slide; returns its folder. */
export async function template4x3(templatesDir: string, dir: string): Promise<string> {
  const target = join(dir, 'default-4x3');
  await cp(join(templatesDir, 'default'), target, { recursive: true });
  const file = join(target, 'template.yaml');
  const yaml = (await readFile(file, 'utf8')).replace(/width_in: [\d.]+.*$/m, 'width_in: 10 # 4:3').replace(/^name: .*$/m, 'name: default-4x3');
  await writeFile(file, yaml);
  return target;
}
