#!/usr/bin/env python3
"""Makes the sample ONNX models with PyTorch (run once; the tests and CI do not need Python).

    apt-get install -y python3-torch python3-onnx     # Debian bookworm: torch 1.13, onnx 1.12
    /usr/bin/python3 samples/onnx/make_models.py

Writes, next to this script:
  model.onnx           nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1)), trained briefly to fit |x| + |y|
  model-pruned.onnx    the same function re-made by hand: units permuted, rescaled by powers of two, dead units removed
  step.onnx            nn.Linear(1, 1) → ReLU → nn.Linear(1, 1) with weights set so that it computes σ(x - 1) + 1
  model-expected.txt   points and what PyTorch computes there in float32, for a test that needs no Python
"""
import os

import numpy as np
import onnx
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))


def export(model, width, name):
    path = os.path.join(HERE, name)
    torch.onnx.export(
        model, torch.zeros(1, width), path, opset_version=13,
        input_names=["input"], output_names=["output"],
        dynamic_axes={"input": {0: "N"}, "output": {0: "N"}})
    onnx.checker.check_model(onnx.load(path))
    print("wrote", path)


def trained_model():
    torch.manual_seed(7)
    model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
    points = torch.rand(512, 2) * 4 - 2
    target = points.abs().sum(dim=1, keepdim=True)
    for _ in range(300):
        optimizer.zero_grad()
        loss = ((model(points) - target) ** 2).mean()
        loss.backward()
        optimizer.step()
    print("training loss", float(loss))
    return model


def pruned_copy(model):
    """The same function: units reversed, unit i's input side scaled by 2^s and its output side by 2^-s
    (exact in binary floating point), and units that can never be active or have no outgoing weight left out."""
    first, last = model[0], model[2]
    w1, b1 = first.weight.detach().clone(), first.bias.detach().clone()
    w2, b2 = last.weight.detach().clone(), last.bias.detach().clone()
    keep = [i for i in reversed(range(w1.shape[0])) if w2[0, i] != 0 and (w1[i].abs().sum() != 0 or b1[i] > 0)]
    scales = [2.0 ** ((i % 3) - 1) for i in range(len(keep))]
    copy = nn.Sequential(nn.Linear(2, len(keep)), nn.ReLU(), nn.Linear(len(keep), 1))
    with torch.no_grad():
        for j, (i, s) in enumerate(zip(keep, scales)):
            copy[0].weight[j] = w1[i] * s
            copy[0].bias[j] = b1[i] * s
            copy[2].weight[0, j] = w2[0, i] / s
        copy[2].bias[:] = b2
    return copy


def step_model():
    model = nn.Sequential(nn.Linear(1, 1), nn.ReLU(), nn.Linear(1, 1))
    with torch.no_grad():
        model[0].weight[:] = 1.0
        model[0].bias[:] = -1.0
        model[2].weight[:] = 1.0
        model[2].bias[:] = 1.0
    return model


def main():
    model = trained_model()
    export(model, 2, "model.onnx")
    export(pruned_copy(model), 2, "model-pruned.onnx")
    export(step_model(), 1, "step.onnx")
    grid = np.array([[x, y] for x in (-2.0, -0.75, 0.0, 0.5, 1.25) for y in (-1.5, 0.0, 0.25, 2.0)], dtype=np.float32)
    with torch.no_grad():
        values = model(torch.from_numpy(grid)).numpy()[:, 0]
    with open(os.path.join(HERE, "model-expected.txt"), "w") as out:
        out.write("// x1,x2 ⇶ PyTorch's float32 output (repr of the float32 as a double), written by make_models.py\n")
        for (x, y), v in zip(grid, values):
            out.write(f"{float(x)!r},{float(y)!r} ⇶ {float(v)!r}\n")
    print("wrote model-expected.txt")


if __name__ == "__main__":
    main()
