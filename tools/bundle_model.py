"""Make a trained model the package's bundled default: copy its weights and metadata into gender_nbdev/assets/ as
gender_model.safetensors + gender_model.json, adding its name, licence, why its backbone was chosen, and its test metrics.

    python tools/bundle_model.py RUN_DIR/model.safetensors TEST_REPORT.json

TEST_REPORT.json is gender_evaluate's report.json of the model on the UTKFace test split. The weights are copied byte for
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

def bundle(model, report, dest=BUNDLED_MODEL):
    "Copy `model` to `dest` with the bundled model's extra metadata and the test metrics of `report`."
    w, _ = model_paths(model)
    meta, rep = read_meta(model), json.loads(Path(report).read_text())
    m = rep['metrics']
    meta.update(name=NAME.format(arch=meta['arch'], size=meta['input_size']), licence=LICENCE, backbone_choice=BACKBONE_CHOICE)
    meta.setdefault('metrics', {})['test'] = dict(n=rep['n'], **{k: m[k] for k in ('accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'ece', 'tp', 'tn', 'fp', 'fn')},
                                                  data=f"UTKFace test split ({rep['data']}), {rep['n']:,} faces")
    dw, dj = model_paths(dest)
    shutil.copyfile(w, dw)
    dj.write_text(json.dumps(meta, indent=2))
    return dw

if __name__ == '__main__':
    print(bundle(*sys.argv[1:3]))
