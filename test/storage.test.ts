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

    it('keeps a value the quota refuses in page memory, and every other key where it is', () => {
      const storage = new ClinicStorage({ kind: 'local', namespace: 'full' });
      storage.write('stored', 1, { analytics: true });
      storage.write('choice', 1, { analytics: true });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      restoreLocalStorage = () => (Storage.prototype.setItem = setItem);

      expect(storage.write('choice', 1, { analytics: false })).to.equal(false);
      expect(storage.read('choice', 1, isChoice), 'the page reads its last value').to.deep.equal({ analytics: false });
      expect(localStorage.getItem('full:choice'), 'no older value stays in force after a reload').to.equal(null);
      expect(storage.kind, 'the other keys are not moved to memory').to.equal('local');
      expect(storage.read('stored', 1, isChoice)).to.deep.equal({ analytics: true });
      expect(warnings.messages[0]).to.contain('local storage refused "full:choice"; it is kept in page memory');

      restoreLocalStorage();
      expect(storage.write('choice', 1, { analytics: true }), 'the next write is tried again').to.equal(true);
      expect(localStorage.getItem('full:choice')).to.contain('"analytics":true');
    });

    it('lets a value another tab writes win over one kept in page memory', () => {
      const storage = new ClinicStorage({ kind: 'local', namespace: 'shadow' });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      restoreLocalStorage = () => (Storage.prototype.setItem = setItem);
      storage.write('choice', 1, { analytics: false });
      expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: false });
      restoreLocalStorage();
      localStorage.setItem('shadow:choice', JSON.stringify({ v: 1, data: { analytics: true } })); // another tab
      expect(storage.read('choice', 1, isChoice)).to.deep.equal({ analytics: true });
    });

    it('frees a refused value its own room: a write that fits once the old value is gone is stored', () => {
      const storage = new ClinicStorage({ kind: 'local', namespace: 'nearly-full' });
      storage.write('choice', 1, { analytics: true });
      const setItem = Storage.prototype.setItem;
      // Room for one value of this key: a second copy of it does not fit.
      Storage.prototype.setItem = function (key: string, value: string) {
        if (localStorage.getItem(key) !== null) throw new DOMException('Quota exceeded', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
      restoreLocalStorage = () => (Storage.prototype.setItem = setItem);
      expect(storage.write('choice', 1, { analytics: false })).to.equal(true);
      expect(JSON.parse(localStorage.getItem('nearly-full:choice')!).data).to.deep.equal({ analytics: false });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps the stored value of a key written with keepStored (a queue) when the quota refuses the new one', () => {
      const storage = new ClinicStorage({ kind: 'local', namespace: 'queue-full' });
      storage.write('queue', 1, ['a']);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
      restoreLocalStorage = () => (Storage.prototype.setItem = setItem);
      expect(storage.write('queue', 1, ['a', 'b'], undefined, true)).to.equal(false);
      expect(storage.read('queue', 1, Array.isArray)).to.deep.equal(['a', 'b']);
      expect(JSON.parse(localStorage.getItem('queue-full:queue')!).data, 'what was stored stays stored').to.deep.equal(['a']);
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
