"""Compare saved models on one split of a dataset (default: UTKFace's validation split, for choosing between candidates
without touching the test split): accuracy, ROC-AUC, ECE and log-loss, each model with its own input size, calibration
and test-time augmentation. Prints a Markdown table.

    python tools/compare_models.py MODEL.safetensors [MODEL.safetensors ...] [--data ../shared/data/utkface] [--split valid]
"""
import argparse, time
from gender_nbdev.evaluate import evaluate
from gender_nbdev.model import read_meta

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('models', nargs='+'); ap.add_argument('--data', default='../shared/data/utkface'); ap.add_argument('--split', default='valid')
    a = ap.parse_args()
    print(f'| model | input | mirror TTA | faces | accuracy | ROC-AUC | ECE | log-loss | seconds |\n|---|---|---|---|---|---|---|---|---|')
    for m in a.models:
        t = time.time(); r = evaluate(m, a.data, a.split); x = r['metrics']
        meta = read_meta(m)
        print(f"| {m} | {meta['input_size']} | {bool(meta.get('tta'))} | {r['n']} | {x['accuracy']:.4f} | {x['roc_auc']:.4f} | {x['ece']:.4f} | {x['log_loss']:.4f} | {time.time() - t:.0f} |", flush=True)
