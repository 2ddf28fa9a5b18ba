"Compare gender_evaluate's predictions.csv with gender_predict --cropped output on the same faces: metrics from each and their agreement."
import json, os, sys
import numpy as np, pandas as pd
from gender_nbdev.evaluate import binary_metrics

def main(evaluate_csv, predict_csv):
    ev, pr = pd.read_csv(evaluate_csv), pd.read_csv(predict_csv)
    ev['key'], pr['key'] = ev.path.map(os.path.normpath), pr.path.map(os.path.normpath)
    both = ev.merge(pr[['key', 'status', 'label', 'p_male']], on='key', suffixes=('_evaluate', '_predict'))
    y = (both.gender == 'male').astype(int)
    me, mp = binary_metrics(y, both.p_male_evaluate), binary_metrics(y, both.p_male_predict)
    cols = ('accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'ece')
    rows = '\n'.join(f"| {name} | {' | '.join(f'{m[c]:.4f}' for c in cols)} |" for name, m in (('gender_evaluate', me), ('gender_predict --cropped', mp)))
    diff = (both.p_male_evaluate - both.p_male_predict).abs()
    same = ((both.p_male_evaluate >= 0.5) == (both.p_male_predict >= 0.5)).mean()
    unsure = (both.label == 'unsure').mean()
    print(f"""# Bundled model on the UTKFace test split: gender_evaluate and gender_predict --cropped

Faces: {len(ev)} in gender_evaluate's predictions, {len(pr)} rows from gender_predict ({pr.status.value_counts().to_dict()}), {len(both)} matched by path.

| tool | {' | '.join(cols)} |
|---|{'---|' * len(cols)}
{rows}

Agreement: the two tools give the same decision at threshold 0.5 on {same:.2%} of faces; the largest difference in P(male) is {diff.max():.2e} (mean {diff.mean():.2e}).
With gender_predict's default `--min_confidence 0.7`, {unsure:.2%} of faces are labelled `unsure`; accuracy on the rest is {((both.label == both.gender)[both.label != 'unsure']).mean():.4f}.
""")
    return 0 if same == 1.0 and diff.max() < 1e-4 else 1

if __name__ == '__main__': sys.exit(main(*sys.argv[1:3]))
