"""How a model holds up on faces unlike its training crops: UTKFace test (or validation) faces degraded (JPEG, low resolution, blur,
greyscale, dim light) and put into larger photos (tilted, enlarged, found again by the face detector and re-aligned).

    python tools/robustness.py MODEL.safetensors ../shared/data/utkface OUT_DIR [--n 3554] [--seed 0] [--split test|valid]

Use --split valid to compare candidate models (choosing by the test split would make its numbers optimistic).

Writes OUT_DIR/robustness.md and robustness.json; every condition uses the same faces. Needs the shared UTKFace folder.
"""
import argparse, io, json, sys, time
from pathlib import Path
import numpy as np, pandas as pd, cv2
from PIL import Image, ImageFilter, ImageOps, ImageEnhance
from gender_nbdev.data import load_rgb
from gender_nbdev.evaluate import binary_metrics
from gender_nbdev.inference import GenderClassifier
from summarise_run import machine  # tools/, beside this script

def jpeg(im, q=30):
    "Re-encoded as a JPEG of quality `q`."
    b = io.BytesIO(); im.save(b, 'JPEG', quality=q); return Image.open(io.BytesIO(b.getvalue())).convert('RGB')

def low_res(im, px=32):
    "Shrunk to `px` pixels across and enlarged back, as a distant or low-resolution face."
    return im.resize((px, px), Image.Resampling.BOX).resize(im.size, Image.Resampling.BILINEAR)

CROP_CONDITIONS = {  # face crops, classified as crops (no detection)
    'crop as is': lambda im, rng: im,
    'JPEG quality 30': lambda im, rng: jpeg(im, 30),
    'JPEG quality 10': lambda im, rng: jpeg(im, 10),
    'low resolution (48 px)': lambda im, rng: low_res(im, 48),
    'low resolution (24 px)': lambda im, rng: low_res(im, 24),
    'blur (Gaussian, radius 2)': lambda im, rng: im.filter(ImageFilter.GaussianBlur(2)),
    'greyscale': lambda im, rng: ImageOps.grayscale(im).convert('RGB'),
    'dim (brightness x0.4)': lambda im, rng: ImageEnhance.Brightness(im).enhance(0.4),
}

def in_photo(im, rng, canvas=(720, 960)):
    "The crop pasted into a larger photo, tilted by up to 20 degrees and enlarged 1.5-3 times, on a noisy background."
    chip = np.asarray(im)
    angle, scale = rng.uniform(-20, 20), rng.uniform(1.5, 3)
    m = cv2.getRotationMatrix2D((chip.shape[1] / 2, chip.shape[0] / 2), angle, scale)
    m[:, 2] += np.array(canvas[::-1]) / 2 - np.array(chip.shape[1::-1]) / 2
    background = cv2.GaussianBlur(rng.integers(60, 200, (*canvas, 3), dtype=np.uint8), (0, 0), 9)
    return cv2.warpAffine(chip, m, canvas[::-1], flags=cv2.INTER_CUBIC, dst=background, borderMode=cv2.BORDER_TRANSPARENT)

class Degraded:
    "The faces with `f` applied to each on demand, each with its own seeded random numbers: a sequence, so only a batch is in memory at once."
    def __init__(self, faces, f, seed): self.faces, self.f, self.seed = faces, f, seed
    def __len__(self): return len(self.faces)
    def __getitem__(self, i): return self.f(self.faces[i], np.random.default_rng([self.seed, i]))

def run(model, data, out, n=None, seed=0, split='test'):
    "Measure every condition on the same faces of `split`; write robustness.json and robustness.md to `out`."
    t0, out = time.time(), Path(out); out.mkdir(parents=True, exist_ok=True)
    man = pd.read_csv(Path(data) / 'manifest.csv')
    test = man[man.split == split]
    if n and n < len(test): test = test.sample(n, random_state=seed)
    y = (test.gender == 'male').to_numpy(int)
    crops = [load_rgb(Path(data) / p) for p in test.path]
    clf = GenderClassifier.load(model, largest=True)
    rows = []
    def measure(name, f, cropped):
        t = time.time()
        preds = [ps[0] for _, ps in clf.predict_many(Degraded(crops, f, seed), cropped=cropped, num_workers=0)]
        ok = np.array([p.status == 'ok' for p in preds])
        p_male = np.array([p.p_male if p.status == 'ok' else np.nan for p in preds])
        m = binary_metrics(y[ok], p_male[ok], clf.meta.get('threshold', 0.5))
        rows.append(dict(condition=name, faces=int(len(preds)), classified=int(ok.sum()), accuracy=m['accuracy'], f1=m['f1'], roc_auc=m['roc_auc'],
                         ece=m['ece'], statuses=pd.Series([p.status for p in preds]).value_counts().to_dict(), seconds=round(time.time() - t, 1)))
        print(f"{name}: {ok.sum()}/{len(preds)} classified, accuracy {m['accuracy']:.4f}", file=sys.stderr)
    for name, f in CROP_CONDITIONS.items(): measure(name, f, cropped=True)
    measure('in a photo: detected and aligned', in_photo, cropped=False)
    measure('in a photo, JPEG quality 30', lambda im, rng: jpeg(Image.fromarray(in_photo(im, rng)), 30), cropped=False)
    info = dict(model=str(model), arch=clf.meta['arch'], input_size=clf.meta['input_size'], tta=bool(clf.meta.get('tta')), data=str(data),
                split=split, n=len(test), seed=seed, machine=machine(),
                command=' '.join(['python', *sys.argv]), wall_seconds=round(time.time() - t0, 1), conditions=rows)
    (out / 'robustness.json').write_text(json.dumps(info, indent=2))
    base = rows[0]['accuracy']
    table = '\n'.join(f"| {r['condition']} | {r['classified']} / {r['faces']} | {r['accuracy']:.4f} | {100 * (r['accuracy'] - base):+.1f} | "
                      f"{r['f1']:.4f} | {r['roc_auc']:.4f} | {r['ece']:.4f} |" for r in rows)
    (out / 'robustness.md').write_text(f"""# Robustness: {Path(model).name} ({clf.meta['arch']}, {clf.meta['input_size']}px{', mirror TTA' if clf.meta.get('tta') else ''})

The same {len(test)} faces of the UTKFace {'test' if split == 'test' else 'validation'} split (`{data}`, seed {seed}), degraded in ways photos from other sources differ from
the training crops, and classified with the model's own threshold and calibration. Crop conditions are classified as crops
(`--cropped`); "in a photo" puts each crop into a 720x960 picture, tilted by up to 20 degrees and enlarged 1.5-3 times on a
noisy background, then YuNet finds it again and it is re-aligned onto the training geometry (the path every ordinary photo takes).
Accuracy is over the faces classified; the change is in percentage points against the crops as they are.

| condition | classified | accuracy | change | F1 | ROC-AUC | ECE |
|---|---|---|---|---|---|---|
{table}

Command: `{info['command']}`  
Machine: {info['machine']}; wall time {info['wall_seconds'] / 60:.1f} min.
""")
    return info

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('model'); ap.add_argument('data'); ap.add_argument('out')
    ap.add_argument('--n', type=int, default=None, help='faces of the split to use (default: all)')
    ap.add_argument('--split', default='test', choices=('test', 'valid'))
    ap.add_argument('--seed', type=int, default=0)
    a = ap.parse_args()
    run(a.model, a.data, a.out, a.n, a.seed, a.split)
