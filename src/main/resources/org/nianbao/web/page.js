// The clerk's page: posts the report to the API, shows the tables the server renders, and lets the
// clerk fix cells. The clerk works on the canonical JSON: after the first reading, every change is
// made to it and it is what is checked again. Every word comes from the server (/api/words), every
// piece of the report is inserted as text or as HTML the server escaped.
'use strict';

(function () {
  const TYPES = {
    '.txt': 'text/plain', '.json': 'application/json', '.html': 'text/html', '.htm': 'text/html',
    '.pdf': 'application/pdf',
    '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  };

  const state = {
    lang: document.documentElement.lang === 'en' ? 'en' : 'zh',
    words: {},
    input: null, // {blob, type, name, text: whether it is the pasted text}
    canonical: null, // the report as an object, once read
    canonicalText: null, // the server's canonical JSON, until the clerk edits a cell
    edited: false,
    result: null, // the JSON of /api/check for what is shown
    byPointer: new Map() // pointer -> findings on that cell
  };

  const $ = (id) => document.getElementById(id);

  function word(key, ...args) {
    const text = state.words[key] !== undefined ? state.words[key] : key;
    return text.replace(/\{(\d+)\}/g, (m, i) => (args[i] !== undefined ? String(args[i]) : m));
  }

  async function loadWords() {
    const answer = await fetch('api/words?lang=' + state.lang);
    state.words = await answer.json();
    document.documentElement.lang = state.lang;
    document.title = word('page.title');
    for (const el of document.querySelectorAll('[data-word]')) {
      el.textContent = word(el.dataset.word);
    }
    for (const el of document.querySelectorAll('[data-word-aria-label]')) {
      el.setAttribute('aria-label', word(el.dataset.wordAriaLabel));
    }
  }

  function setStatus(text, isError) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
    status.setAttribute('role', isError ? 'alert' : 'status');
  }

  function baseName(name) {
    return name.replace(/\.[^./\\]*$/, '');
  }

  function typeOf(name, fallback) {
    const dot = name.lastIndexOf('.');
    const byName = dot < 0 ? undefined : TYPES[name.substring(dot).toLowerCase()];
    return byName || fallback || 'application/octet-stream';
  }

  // The report being worked on, as the API takes it: the original bytes, or the canonical JSON
  // once a cell has been changed.
  function current() {
    if (!state.edited) {
      return state.input;
    }
    const json = JSON.stringify(state.canonical, null, 2) + '\n';
    return {blob: new Blob([json], {type: 'application/json'}), type: 'application/json',
      name: baseName(state.input.name) + '.json', text: false};
  }

  async function post(path, input) {
    const separator = path.includes('?') ? '&' : '?';
    const url = path + separator + 'name=' + encodeURIComponent(input.name) + '&lang=' + state.lang;
    const answer = await fetch(url, {method: 'POST', headers: {'Content-Type': input.type}, body: input.blob});
    if (!answer.ok) {
      let message = answer.status + ' ' + answer.statusText;
      try {
        message = (await answer.json()).error || message;
      } catch (ignored) {
        // the status line says enough
      }
      throw new Error(message);
    }
    return answer;
  }

  // Reads the input afresh: its canonical JSON, its findings and its tables.
  async function checkInput(input) {
    state.input = input;
    state.edited = false;
    setStatus(word('page.checking'));
    try {
      const [report, check, html] = await Promise.all([
        post('api/report', input).then((a) => a.text()),
        post('api/check', input).then((a) => a.json()),
        post('api/html?fragment=true', input).then((a) => a.text())]);
      state.canonicalText = report;
      state.canonical = JSON.parse(report);
      show(check, html);
      setStatus('');
    } catch (e) {
      setStatus(word('page.error', e.message), true);
    }
  }

  // Checks the report again after a change to the canonical JSON.
  async function recheck() {
    state.edited = true;
    state.canonicalText = null;
    setStatus(word('page.checking'));
    try {
      const input = current();
      const [check, html] = await Promise.all([
        post('api/check', input).then((a) => a.json()),
        post('api/html?fragment=true', input).then((a) => a.text())]);
      show(check, html);
      setStatus('');
    } catch (e) {
      setStatus(word('page.error', e.message), true);
    }
  }

  function show(check, html) {
    state.result = check;
    state.byPointer = new Map();
    check.findings.forEach((finding, index) => {
      for (const cell of finding.cells) {
        if (!state.byPointer.has(cell.pointer)) {
          state.byPointer.set(cell.pointer, []);
        }
        state.byPointer.get(cell.pointer).push(index);
      }
    });
    $('result').hidden = false;
    $('edited').hidden = !state.edited;
    const counts = check.counts;
    const verdict = $('verdict');
    verdict.textContent = word(check.valid ? 'cli.summary.valid' : 'cli.summary.invalid',
      counts.error, counts.warning, counts.info);
    verdict.className = check.valid ? 'valid' : 'invalid';
    // the server escaped every piece of the report in this HTML
    $('report').innerHTML = html;
    prepareCells();
    prepareFindings();
    // how many answers have been shown: something to wait for, for a person's script or a test
    document.body.dataset.shown = String(Number(document.body.dataset.shown || 0) + 1);
  }

  function prepareCells() {
    for (const td of document.querySelectorAll('#report td[data-pointer]')) {
      td.tabIndex = 0;
      td.addEventListener('click', () => edit(td));
      td.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          edit(td);
        } else if (e.key === 'Escape') {
          hideTip();
        }
      });
      if (state.byPointer.has(td.dataset.pointer)) {
        // the page's tip shows what the title says, and every finding on the cell: not both at once
        td.removeAttribute('title');
        td.addEventListener('mouseenter', () => showTip(td));
        td.addEventListener('focus', () => showTip(td));
        td.addEventListener('mouseleave', hideTip);
        td.addEventListener('blur', hideTip);
      }
    }
  }

  function showTip(td) {
    const tip = $('tip');
    tip.replaceChildren();
    for (const index of state.byPointer.get(td.dataset.pointer)) {
      const finding = state.result.findings[index];
      const entry = document.createElement('div');
      entry.className = 'tip-entry ' + finding.severity;
      addLine(entry, word('page.rule'), word('cli.severity.' + finding.severity) + ' · ' + finding.rule);
      addLine(entry, word('page.message'), finding.message);
      if (finding.fix) {
        addLine(entry, word('page.fix'), labelOf(finding, finding.fix.pointer) + ': '
          + word('page.fix_value', finding.fix.to));
      }
      tip.appendChild(entry);
    }
    tip.hidden = false;
    const cell = td.getBoundingClientRect();
    const area = $('result').getBoundingClientRect();
    const left = Math.min(cell.left - area.left, area.width - tip.offsetWidth - 8);
    tip.style.left = Math.max(0, left) + 'px';
    tip.style.top = (cell.bottom - area.top + 4) + 'px';
  }

  function addLine(parent, name, text) {
    const line = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = name + ': ';
    line.appendChild(strong);
    line.appendChild(document.createTextNode(text));
    parent.appendChild(line);
  }

  function hideTip() {
    $('tip').hidden = true;
  }

  function labelOf(finding, pointer) {
    const cell = finding.cells.find((c) => c.pointer === pointer);
    return cell ? cell.label : pointer;
  }

  // The findings list of the fragment, with what the page adds to each finding: the fix to apply
  // and, for pasted text, the line to go to.
  function prepareFindings() {
    const items = Array.from(document.querySelectorAll('#report li[data-rule]'));
    const findings = state.result.findings;
    const matches = items.length === findings.length && items.every((li, i) => li.dataset.rule === findings[i].rule);
    if (!matches) {
      items.forEach((li) => li.remove());
    }
    let list = null;
    findings.forEach((finding, index) => {
      let li = matches ? items[index] : null;
      if (!li) {
        if (!list) {
          list = document.createElement('ol');
          list.className = 'page-findings';
          $('report').appendChild(list);
        }
        li = document.createElement('li');
        li.className = finding.severity;
        li.textContent = word('cli.severity.' + finding.severity) + ' [' + finding.rule + '] ' + finding.message;
        list.appendChild(li);
      }
      const actions = document.createElement('div');
      actions.className = 'finding-actions';
      const line = finding.location && finding.location.line;
      if (line && state.input.text && !state.edited) {
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'show-line';
        go.textContent = word('page.show_line', line);
        go.addEventListener('click', () => selectLine(line));
        actions.appendChild(go);
        if (finding.location.text && !li.textContent.includes(finding.location.text)) {
          const quote = document.createElement('q');
          quote.textContent = finding.location.text;
          actions.appendChild(quote);
        }
      }
      if (finding.fix) {
        const apply = document.createElement('button');
        apply.type = 'button';
        apply.className = 'apply-fix';
        apply.dataset.pointer = finding.fix.pointer;
        apply.textContent = word('page.apply_fix', finding.fix.to) + ' (' + labelOf(finding, finding.fix.pointer) + ')';
        apply.addEventListener('click', () => {
          setCell(finding.fix.pointer, finding.fix.to);
          recheck();
        });
        actions.appendChild(apply);
      }
      if (actions.childNodes.length) {
        li.appendChild(actions);
      }
    });
    if (!findings.length) {
      const none = document.createElement('p');
      none.className = 'no-findings';
      none.textContent = word('page.no_findings');
      $('report').appendChild(none);
    }
  }

  // Selects a line of the pasted text, 1-based, and scrolls the text area to it.
  function selectLine(line) {
    const text = $('text');
    const lines = text.value.split('\n');
    let start = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) {
      start += lines[i].length + 1;
    }
    const end = start + (lines[line - 1] || '').length;
    text.focus();
    text.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  // JSON Pointer (RFC 6901): sets the cell at a pointer of the canonical report.
  function setCell(pointer, value) {
    const names = pointer.split('/').slice(1).map((n) => n.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = state.canonical;
    for (const name of names.slice(0, -1)) {
      if (node[name] === null || typeof node[name] !== 'object') {
        node[name] = {};
      }
      node = node[name];
    }
    node[names[names.length - 1]] = value;
  }

  function getCell(pointer) {
    let node = state.canonical;
    for (const name of pointer.split('/').slice(1).map((n) => n.replace(/~1/g, '/').replace(/~0/g, '~'))) {
      node = node === null || node === undefined ? undefined : node[name];
    }
    return node;
  }

  // A cell as typed: blank is a blank cell (not 0), "/" not applicable, digits a number; anything
  // else is kept as typed, for the check to report.
  function parseCell(typed) {
    const text = typed.trim();
    if (text === '') {
      return null;
    }
    if (/^-?\d+(\.\d+)?$/.test(text) && Number.isSafeInteger(Math.trunc(Number(text)))) {
      return Number(text);
    }
    return text === '／' ? '/' : text;
  }

  function edit(td) {
    if (td.querySelector('input') || !state.canonical) {
      return;
    }
    hideTip();
    const pointer = td.dataset.pointer;
    const value = getCell(pointer);
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'cell-input';
    input.value = value === null || value === undefined ? '' : String(value);
    input.setAttribute('aria-label', word('page.edit_cell', pointer));
    const before = Array.from(td.childNodes);
    td.replaceChildren(input);
    input.focus();
    input.select();
    let done = false;
    const finish = (keep) => {
      if (done) {
        return;
      }
      done = true;
      const typed = parseCell(input.value);
      if (keep && typed !== (value === undefined ? null : value)) {
        setCell(pointer, typed);
        recheck();
      } else {
        td.replaceChildren(...before);
        td.focus();
      }
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      }
      e.stopPropagation();
    });
    input.addEventListener('click', (e) => e.stopPropagation());
    input.addEventListener('blur', () => finish(true));
  }

  function download(blob, name) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }

  function chooseFile(file) {
    if (!file) {
      return;
    }
    $('file-name').textContent = word('page.file_chosen', file.name);
    checkInput({blob: file, type: typeOf(file.name, file.type), name: file.name, text: false});
  }

  function checkText() {
    const text = $('text').value;
    checkInput({blob: new Blob([text], {type: 'text/plain;charset=utf-8'}), type: 'text/plain; charset=utf-8',
      name: 'pasted.txt', text: true});
  }

  function start() {
    $('check').addEventListener('click', checkText);
    $('text').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        checkText();
      }
    });
    $('file').addEventListener('change', (e) => chooseFile(e.target.files[0]));
    const drop = $('drop');
    for (const target of [drop, $('text')]) {
      target.addEventListener('dragover', (e) => {
        e.preventDefault();
        drop.classList.add('over');
      });
      target.addEventListener('dragleave', () => drop.classList.remove('over'));
      target.addEventListener('drop', (e) => {
        e.preventDefault();
        drop.classList.remove('over');
        if (e.dataTransfer.files.length) {
          chooseFile(e.dataTransfer.files[0]);
        }
      });
    }
    $('download-json').addEventListener('click', () => {
      const json = state.canonicalText !== null ? state.canonicalText : JSON.stringify(state.canonical, null, 2) + '\n';
      download(new Blob([json], {type: 'application/json'}), baseName(state.input.name) + '.json');
    });
    $('download-html').addEventListener('click', async () => {
      try {
        const answer = await post('api/html', current());
        download(new Blob([await answer.text()], {type: 'text/html'}), baseName(state.input.name) + '.html');
      } catch (e) {
        setStatus(word('page.error', e.message), true);
      }
    });
    $('language').addEventListener('click', async () => {
      state.lang = state.lang === 'en' ? 'zh' : 'en';
      const url = new URL(window.location.href);
      url.searchParams.set('lang', state.lang);
      window.history.replaceState(null, '', url);
      await loadWords();
      if (state.input) {
        if (state.edited) {
          recheck();
        } else {
          checkInput(state.input);
        }
      }
    });
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        hideTip();
      }
    });
    loadWords().then(() => document.body.classList.add('ready'));
  }

  start();
}());
