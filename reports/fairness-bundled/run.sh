#!/usr/bin/env bash
# Fairness audit of the bundled default model on the UTKFace test split (from its gender_evaluate predictions), and its model card.
# Run from the repository root after reports/bundled-model/run.sh: bash reports/fairness-bundled/run.sh
set -euo pipefail
cp reports/bundled-model/evaluate/predictions.csv reports/bundled-model/evaluate/report.json reports/fairness-bundled/
time gender_fairness --predictions reports/fairness-bundled/predictions.csv -o reports/fairness-bundled
cp reports/fairness-bundled/MODEL_CARD.md reports/fairness-bundled/audit.json reports/fairness-bundled/report.json gender_nbdev/assets/  # gender_model_card finds the last two beside the model
