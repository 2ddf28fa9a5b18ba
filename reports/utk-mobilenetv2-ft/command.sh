gender_evaluate runs/utk-ft/model.safetensors ../shared/data/utkface --split test --out reports/utk-mobilenetv2-ft
