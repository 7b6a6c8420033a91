import { describe, expect, it } from 'vitest';
import { requestPath } from '../../src/serve/paths.js';

describe('requestPath', () => {
  it('gives the decoded path of a plain request, without its query', () => {
    expect(requestPath('/')).toBe('/');
    expect(requestPath('/deck/z.pptx?v=3')).toBe('/deck/z.pptx');
    expect(requestPath('/deck/%E6%B5%99%E6%B1%9F.pptx')).toBe('/deck/浙江.pptx');
  });

  it.each([
    '/../../etc/passwd',
    '/fonts/../template.yaml',
    '/./page.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/etc/passwd',
    '/fonts/..%2f..%2ftemplate.yaml',
    '/fonts/%2e%2e%2Ftemplate.yaml',
    '/fonts/..%5c..%5ctemplate.yaml',
    '/fonts/..\\template.yaml',
    '/%252e%252e/etc/passwd',
    '/fonts/a%00.otf',
    '/%E0%A4%A',
    'etc/passwd',
    '',
  ])('refuses %j', (url) => {
    expect(requestPath(url)).toBeUndefined();
  });
});
