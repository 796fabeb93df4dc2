import { sanitizeNewsHtml } from './news-html';

describe('the news body allow-list', () => {
  it('keeps structure, emphasis and safe links', () => {
    expect(sanitizeNewsHtml('<h2>Obra</h2><p>El <strong>puente</strong> <a href="https://a.org/x">abre</a>.</p><ul><li>uno</li></ul>')).toBe(
      '<h2>Obra</h2><p>El <strong>puente</strong> <a href="https://a.org/x" rel="noopener noreferrer">abre</a>.</p><ul><li>uno</li></ul>',
    );
  });

  it('drops scripts, handlers, styles, frames, inline images and javascript: links', () => {
    const out = sanitizeNewsHtml(
      '<p onclick="x()" style="color:red">a</p><script>alert(1)</script><iframe src="https://e.vil"></iframe><img src=x onerror=alert(1)><a href="javascript:alert(1)">b</a><a href="//e.vil">c</a><svg><script>1</script></svg>',
    );
    expect(out).toBe('<p>a</p><a rel="noopener noreferrer">b</a><a rel="noopener noreferrer">c</a>');
    expect(out).not.toMatch(/script|onerror|onclick|style|iframe|javascript|e\.vil/i);
  });
});
