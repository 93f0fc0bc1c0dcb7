import { expect } from '@open-wc/testing';
import { ClinicStorage } from '../src/core/platform/storage.js';
import { captureWarnings } from './helpers.js';

interface Choice {
  analytics: boolean;
}
const isChoice = (value: unknown): value is Choice => typeof value === 'object' && value !== null && typeof (value as Choice).analytics === 'boolean';

describe('ClinicStorage', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    document.cookie.split('; ').forEach((pair) => (document.cookie = `${pair.split('=')[0]}=; path=/; max-age=0`));
    warnings = captureWarnings();
  });
  afterEach(() => warnings.restore());

  it('stores a versioned value in localStorage and reads it back', () => {
    const storage = new ClinicStorage({ kind: 'local', namespace: 'test' });
    storage.write('choice', 1, { analytics: true });

    expect(JSON.parse(localStorage.getItem('test:choice')!)).to.deep.equal({ v: 1, data: { analytics: true } });
    expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: true });
    expect(storage.kind).to.equal('local');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('stores a value as a first-party cookie with a lifetime', () => {
    const storage = new ClinicStorage({ kind: 'cookie', namespace: 'test' });
    storage.write('choice', 1, { analytics: false }, 180);

    expect(document.cookie).to.contain('test%3Achoice=');
    expect(new ClinicStorage({ kind: 'cookie', namespace: 'test' }).read('choice', 1, isChoice)).to.deep.equal({ analytics: false });
    storage.remove('choice');
    expect(document.cookie).not.to.contain('test%3Achoice=');
  });

  it('keeps session values in sessionStorage, for this tab only', () => {
    new ClinicStorage({ kind: 'session', namespace: 'test' }).write('pass', 1, { analytics: true });
    expect(JSON.parse(sessionStorage.getItem('test:pass')!)).to.deep.equal({ v: 1, data: { analytics: true } });
    expect(new ClinicStorage({ kind: 'session', namespace: 'test' }).read('pass', 1, isChoice)).to.deep.equal({ analytics: true });
    expect(localStorage.length).to.equal(0);
    sessionStorage.clear();
  });

  it('keeps memory values for the life of the page, shared by every instance', () => {
    new ClinicStorage({ kind: 'memory', namespace: 'test' }).write('choice', 1, { analytics: true });
    expect(new ClinicStorage({ kind: 'memory', namespace: 'test' }).read('choice', 1, isChoice)).to.deep.equal({ analytics: true });
    expect(localStorage.length).to.equal(0);
  });

  it('keeps namespaces apart', () => {
    new ClinicStorage({ namespace: 'site-a' }).write('choice', 1, { analytics: true });
    expect(new ClinicStorage({ namespace: 'site-b' }).read('choice', 1, isChoice)).to.equal(null);
  });

  it('discards a corrupted value with a warning and reports nothing stored', () => {
    localStorage.setItem('test:choice', '{not json');
    const storage = new ClinicStorage({ namespace: 'test' });

    expect(storage.read('choice', 1, isChoice)).to.equal(null);
    expect(localStorage.getItem('test:choice'), 'the corrupted value is deleted').to.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('"test:choice"').and.contain('not valid JSON');
  });

  it('discards a value of another version, a foreign value and a value of the wrong shape', () => {
    const storage = new ClinicStorage({ namespace: 'test' });
    localStorage.setItem('test:old', JSON.stringify({ v: 0, data: { analytics: true } }));
    localStorage.setItem('test:foreign', JSON.stringify({ analytics: true }));
    localStorage.setItem('test:shape', JSON.stringify({ v: 1, data: { analytics: 'yes' } }));

    expect(storage.read('old', 1, isChoice)).to.equal(null);
    expect(storage.read('foreign', 1, isChoice)).to.equal(null);
    expect(storage.read('shape', 1, isChoice)).to.equal(null);
    expect(warnings.messages.join('\n')).to.contain('version 0, expected 1').and.contain('not a clinic-elements value').and.contain('unexpected shape');
    expect(localStorage.length).to.equal(0);
  });

  describe('when the browser refuses storage', () => {
    let restoreLocalStorage: () => void;
    afterEach(() => restoreLocalStorage?.());

    it('falls back to memory when localStorage itself throws (private mode, sandboxed iframe)', () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      restoreLocalStorage = () => Object.defineProperty(window, 'localStorage', descriptor);

      const storage = new ClinicStorage({ kind: 'local', namespace: 'blocked' });
      expect(storage.kind).to.equal('memory');
      expect(() => storage.write('choice', 1, { analytics: true })).not.to.throw();
      expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: true });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('local storage is not available');
    });

    it('falls back to memory when a write exceeds the quota, keeping the value', () => {
      const storage = new ClinicStorage({ kind: 'local', namespace: 'full' });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      restoreLocalStorage = () => (Storage.prototype.setItem = setItem);

      expect(storage.write('choice', 1, { analytics: false })).to.equal(false);
      expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: false });
      expect(storage.kind).to.equal('memory');
      expect(warnings.messages[0]).to.contain('refused the value');
    });

    it('falls back to memory when cookies are disabled', () => {
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
      restoreLocalStorage = () => {
        delete (document as unknown as Record<string, unknown>).cookie;
        Object.defineProperty(Document.prototype, 'cookie', descriptor);
      };

      const storage = new ClinicStorage({ kind: 'cookie', namespace: 'nocookies' });
      storage.write('choice', 1, { analytics: true });
      expect(storage.kind).to.equal('memory');
      expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: true });
      expect(warnings.messages[0]).to.contain('cookie storage is not available');
    });
  });

  it('uses memory, with a warning, for an unknown storage kind', () => {
    const storage = new ClinicStorage({ kind: 'indexeddb' as never });
    expect(storage.kind).to.equal('memory');
    expect(warnings.messages[0]).to.contain('unknown storage "indexeddb"');
  });
});
