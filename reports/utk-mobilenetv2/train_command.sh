TORCH_HOME=../shared/torch-hub gender_train ../shared/data/utkface --out runs/utk-mobilenetv2 --arch mobilenet_v2 --weights IMAGENET1K_V1 --epochs 12 --schedule onecycle --lr 1e-3 --bs 64 --seed 42
