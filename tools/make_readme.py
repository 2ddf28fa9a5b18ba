"Write README.md from nbs/index.ipynb (nbdev's own nbdev_readme needs Quarto, which this project does not require)."
import json, sys
from pathlib import Path

def notebook_markdown(nb_path) -> str:
    "Markdown for a notebook: markdown cells as they are, code cells fenced, text outputs fenced; `#|` directives honoured."
    nb, parts = json.loads(Path(nb_path).read_text()), []
    for cell in nb['cells']:
        src = ''.join(cell['source'])
        if cell['cell_type'] == 'markdown': parts.append(src.strip()); continue
        lines = src.splitlines()
        directives = ' '.join(l for l in lines if l.startswith('#|'))
        if 'hide' in directives or 'default_exp' in directives: continue
        code = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
        if code and 'echo: false' not in directives: parts.append(f'```python\n{code}\n```')
        for out in cell.get('outputs', []):
            text = ''.join(out.get('text', '') or out.get('data', {}).get('text/plain', ''))
            if text.strip(): parts.append(f'```\n{text.rstrip()}\n```')
    return '\n\n'.join(p for p in parts if p) + '\n'

if __name__ == '__main__':
    root = Path(__file__).resolve().parent.parent
    md = notebook_markdown(root / 'nbs' / 'index.ipynb')
    md = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n' + md
    readme = root / 'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != md: sys.exit('README.md is out of date: run python tools/make_readme.py')
    else: readme.write_text(md)
