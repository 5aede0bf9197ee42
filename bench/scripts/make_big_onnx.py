#!/usr/bin/env python3
"""A 10^6-unit one-input ONNX model for the bench/README.md measurement: /usr/bin/python3 bench/scripts/make_big_onnx.py OUT.onnx (needs python3-onnx)."""
import sys
import numpy as np, onnx
from onnx import helper, numpy_helper, TensorProto
k = 1_000_000
rng = np.random.default_rng(1)
W1 = rng.uniform(-2, 2, (k, 1)).astype(np.float32)
b1 = rng.uniform(-2, 2, k).astype(np.float32)
W2 = rng.uniform(-1, 1, (1, k)).astype(np.float32)
b2 = np.array([0.5], dtype=np.float32)
g = helper.make_graph(
    [helper.make_node("Gemm", ["input", "W1", "b1"], ["pre"], transB=1), helper.make_node("Relu", ["pre"], ["h"]),
     helper.make_node("Gemm", ["h", "W2", "b2"], ["output"], transB=1)],
    "big", [helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 1])],
    [helper.make_tensor_value_info("output", TensorProto.FLOAT, ["N", 1])],
    [numpy_helper.from_array(W1, "W1"), numpy_helper.from_array(b1, "b1"), numpy_helper.from_array(W2, "W2"), numpy_helper.from_array(b2, "b2")])
m = helper.make_model(g, opset_imports=[helper.make_opsetid("", 13)]); m.ir_version = 7
onnx.save(m, sys.argv[1])
