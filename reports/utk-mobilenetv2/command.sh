gender_evaluate runs/utk-mobilenetv2/model.safetensors ../shared/data/utkface --split test --out reports/utk-mobilenetv2
