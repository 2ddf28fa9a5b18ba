"Write a Markdown summary (README.md) of a training run and its evaluation: exact commands, data, machine, wall time, metrics."
import json, os, platform, re, shutil, subprocess, sys
from pathlib import Path

def machine() -> str:
    "CPU model, core count and memory of this machine."
    cpu = next((l.split(':', 1)[1].strip() for l in Path('/proc/cpuinfo').read_text().splitlines() if l.startswith('model name')), platform.processor())
    mem = next((int(l.split()[1]) // 1024**2 for l in Path('/proc/meminfo').read_text().splitlines() if l.startswith('MemTotal')), '?')
    return f'{cpu}, {os.cpu_count()} cores, {mem} GiB RAM, no GPU, {platform.system()} {platform.machine()}, Python {platform.python_version()}'

def wall(log: Path) -> str:
    "Wall-clock time from a `/usr/bin/time -v` log."
    m = re.search(r'Elapsed \(wall clock\) time.*?: (\S+)', log.read_text(errors='replace')) if log.exists() else None
    return m.group(1) if m else '?'

def extras(meta) -> str:
    "Lines on how a run differs from a plain one: the model it fine-tuned, weight averaging, precision, label smoothing, test-time augmentation."
    t, out = meta['training'], []
    if t.get('init'): out.append(f"Started from the saved model `{t['init']}` (fine-tuned), not from ImageNet weights directly.")
    if t.get('weight_average'): out.append(f"Weights kept: the {t['weight_average']}.")
    if t.get('precision', 'float32') != 'float32': out.append(f"Compute: {t['precision']} (the saved weights are float32).")
    if t.get('label_smoothing'): out.append(f"Label smoothing {t['label_smoothing']}.")
    if meta.get('tta'): out.append('Prediction: mean of the logits of each face and of its mirror image.')
    return ''.join(l + '\n' for l in out)

def main(run_dir, eval_dir):
    run, ev = Path(run_dir), Path(eval_dir)
    meta, rep = json.loads((run / 'model.json').read_text()), json.loads((ev / 'report.json').read_text())
    for f in ('history.csv', 'history.png'): shutil.copy(run / f, ev / f)
    shutil.copy(run / 'model.json', ev / 'model.json')
    t, m = meta['training'], rep['metrics']
    epochs = [l for l in (run / 'train.log').read_text(errors='replace').replace('\r', '\n').splitlines() if re.match(r'epoch \d+/\d+:', l)]
    md = f"""# {ev.name}: training and test evaluation on UTKFace

Model: torchvision **{meta['arch']}** ({t['pretrained'] or 'random'} ImageNet initialisation), head Dropout({meta['dropout']}) + Linear(·, 1), input {meta['input_size']}x{meta['input_size']}.
Training: Adam, peak lr {t['lr']}, batch {t['batch_size']}, {t['schedule']} schedule, {t['epochs']} epochs planned, {t['epochs_run']} run, best (lowest validation loss) epoch {t['best_epoch']}, early-stopping patience {t['patience']}, sampling {t.get('sampling', 'uniform')}, augmentation {t['augmentation']}, seed {t['seed']}.
{extras(meta)}Calibration: temperature {meta['temperature']:.4f}, fitted on the validation split{' (with mirror test-time augmentation, as the model predicts)' if meta.get('tta') else ''}.

## Exact commands (run from the repository root)

```sh
{(run / 'command.sh').read_text().strip()}
{(ev / 'command.sh').read_text().strip() if (ev / 'command.sh').exists() else ''}
```

## Data

`../shared/data/utkface/manifest.csv`, its fixed split: train {t['data']['train']['n']:,} and valid {t['data']['valid']['n']:,} faces for training (UTKFace, licensed for non-commercial research only); the test split ({rep['n']:,} faces, {len(rep['unreadable'])} unreadable) only for this evaluation.

## Machine and wall time

{machine()}; torch {t['torch']}, device {t['device']}.
Training wall time: {wall(run / 'train.log')} ({t['wall_seconds'] / 60:.0f} min as recorded by the run, including decoding and calibration; other work shared the 2 cores part of the time).
Evaluation wall time: {rep['seconds']:.0f} s.

## Test-split results (threshold {m['threshold']}, male = positive class)

| accuracy | precision | recall | F1 | ROC-AUC | ECE | log-loss | Brier |
|---|---|---|---|---|---|---|---|
| {m['accuracy']:.4f} | {m['precision']:.4f} | {m['recall']:.4f} | {m['f1']:.4f} | {m['roc_auc']:.4f} | {m['ece']:.4f} | {m['log_loss']:.4f} | {m['brier']:.4f} |

Confusion matrix (rows: true label; columns: predicted):

| | predicted female | predicted male |
|---|---|---|
| **female** | TN {m['tn']} | FP {m['fp']} |
| **male** | FN {m['fn']} | TP {m['tp']} |

Before temperature scaling the ECE was {rep['uncalibrated']['ece']:.4f}.

![ROC](roc.png) ![confusion](confusion.png) ![reliability](reliability.png)

## Training history

```
{chr(10).join(epochs)}
```

![history](history.png)

Files: `report.json` (all metrics), `predictions.csv` (one row per test face with age and ethnicity), `history.csv`, `model.json` (the model's metadata).
"""
    (ev / 'README.md').write_text(md)
    print(ev / 'README.md')

if __name__ == '__main__': main(*sys.argv[1:3])
