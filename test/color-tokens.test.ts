import { expect, fixture, waitUntil } from '@open-wc/testing';

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((c) => {
        const v = Number(c) / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('colour tokens set by the page', () => {
  it('a mistyped accent keeps the buttons readable and is reported once, naming the token', async () => {
    const frame = await fixture<HTMLIFrameElement>(`<iframe title="Clinic page" width="900" height="600" src="/test/pages/tokens.html"></iframe>`);
    const button = await waitUntil(
      () => frame.contentDocument?.querySelector('cookie-banner')?.shadowRoot?.querySelector<HTMLButtonElement>('[part="accept-button"]'),
      'the banner did not show',
    ).then(() => frame.contentDocument!.querySelector('cookie-banner')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="accept-button"]')!);
    const style = frame.contentWindow!.getComputedStyle(button);
    expect(style.backgroundColor).to.equal('rgb(11, 92, 173)');
    expect(contrast(style.color, style.backgroundColor)).to.be.greaterThan(4.5);

    const warnings = () => (frame.contentWindow as Window & { warnings: string[] }).warnings.filter((text) => text.includes('--clinic-'));
    await waitUntil(() => warnings().length > 0, 'no warning about the token', { timeout: 4000 });
    await new Promise((done) => setTimeout(done, 300));
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.contain('--clinic-color-accent').and.contain('"#0d4f7" is not a colour');
  });

  it('a valid brand colour is used and not reported', async () => {
    const frame = await fixture<HTMLIFrameElement>(`<iframe title="Clinic page" width="900" height="600" src="/test/pages/tokens.html"></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('cookie-banner')?.shadowRoot?.querySelector('.banner'), 'the banner did not show');
    const link = frame.contentDocument!.querySelector('cookie-banner')!.shadowRoot!.querySelector('a')!;
    expect(frame.contentWindow!.getComputedStyle(link).color).to.equal('rgb(13, 79, 115)');
    await new Promise((done) => setTimeout(done, 2500));
    const warnings = (frame.contentWindow as Window & { warnings: string[] }).warnings;
    expect(warnings.filter((text) => text.includes('--clinic-color-link'))).to.deep.equal([]);
  });
});
