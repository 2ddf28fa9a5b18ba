"""Make a trained model the package's bundled default: copy its weights and metadata into gender_nbdev/assets/ as
gender_model.safetensors + gender_model.json, adding its name, licence, why its backbone was chosen, and its test metrics.

    python tools/bundle_model.py RUN_DIR/model.safetensors TEST_REPORT.json [ROBUSTNESS.json]

TEST_REPORT.json is gender_evaluate's report.json of the model on the UTKFace test split; ROBUSTNESS.json, tools/robustness.py's
measurement of the same weights, adds its worst conditions to the model's `known_errors` (which the model card lists). The weights are copied byte for
byte (safetensors; nothing is unpickled); the metadata keeps every field the training run wrote.
"""
import json, shutil, sys
from pathlib import Path
from gender_nbdev.model import model_paths, read_meta
from gender_nbdev.inference import BUNDLED_MODEL

NAME = 'gender-nbdev default model ({arch}, UTKFace, {size}px)'
LICENCE = ('Trained on UTKFace, which is available for non-commercial research only; the same restriction applies to this model.')
BACKBONE_CHOICE = ("MobileNetV2 instead of the model card's ResNet18: the ImageNet weights are what fine-tuning builds on, and on the machine that "
                   "trained it (no internet) torchvision's ResNet18 ImageNet weights could not be obtained, while its MobileNetV2 ImageNet weights "
                   "(IMAGENET1K_V1) were available; MobileNetV2 is also built for phones and CPUs (2.2 million parameters, 9 MB). ResNet18 stays the "
                   "default architecture of `gender_train`, which downloads its weights the standard torchvision way.")

def demo_error(model) -> str|None:
    "A sentence on the demo photo when the model gets it wrong (Eileen Collins, whom NASA's caption names, labelled `male`), else None."
    from gender_nbdev.inference import GenderClassifier, demo_images
    clf = GenderClassifier.load(model)
    name, about, x = demo_images()[0]
    p, = clf.predict(x)
    if p.status == 'ok' and p.p_male >= 0.5:
        return (f"It labels the demo's astronaut photo (Eileen Collins, NASA, public domain) `male` (p(female) {p.p_female:.2f}): a face photographed "
                'unlike the training crops can be wrong with fair confidence.')

def robustness_errors(path) -> list[str]:
    "Sentences on the conditions of a robustness.json that cost the most accuracy (more than one percentage point)."
    r = json.loads(Path(path).read_text()); rows = r['conditions']; base = rows[0]['accuracy']
    worse = sorted((c for c in rows[1:] if base - c['accuracy'] > 0.01), key=lambda c: c['accuracy'])
    if not worse: return []
    return [f"On {r['n']:,} UTKFace test faces (reports/robustness), accuracy falls from {base:.1%} on the crops to " +
            ', '.join(f"{c['accuracy']:.1%} ({c['condition']})" for c in worse) + '.']

def bundle(model, report, robustness=None, dest=BUNDLED_MODEL):
    "Copy `model` to `dest` with the bundled model's extra metadata, the test metrics of `report` and the known errors measured."
    w, _ = model_paths(model)
    meta, rep = read_meta(model), json.loads(Path(report).read_text())
    m = rep['metrics']
    meta.update(name=NAME.format(arch=meta['arch'], size=meta['input_size']), licence=LICENCE, backbone_choice=BACKBONE_CHOICE)
    meta.setdefault('metrics', {})['test'] = dict(n=rep['n'], **{k: m[k] for k in ('accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'ece', 'tp', 'tn', 'fp', 'fn')},
                                                  data=f"UTKFace test split ({rep['data']}), {rep['n']:,} faces")
    errors = [e for e in [demo_error(w)] if e] + (robustness_errors(robustness) if robustness else [])
    meta['known_errors'] = errors
    dw, dj = model_paths(dest)
    t = meta.get('training', {})
    if t.get('init') and Path(t['init']).resolve() == dw.resolve():  # fine-tuned from the model it replaces
        t['init'] += ' (the bundled model before this one: reports/utk-mobilenetv2 records how it was trained)'
    if Path(w).resolve() != dw.resolve(): shutil.copyfile(w, dw)
    dj.write_text(json.dumps(meta, indent=2))
    return dw

if __name__ == '__main__':
    print(bundle(*sys.argv[1:4]))
