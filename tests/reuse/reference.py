"""all-MiniLM-L6-v2 written the slow, obvious way, to check the fast encoder against.

Nothing is shared with ``skillsync.reuse.embeddings`` but the files on disk: tensors keep their
checkpoint names and (out, in) layout and multiply vectors on the right, each token is its own
vector, each head its own loop, layer norm is per token, softmax and GELU are scalar Python
(``math.exp``, ``math.erf``), and everything is float64. A transposed matrix, a head split
along the wrong axis or padding that leaks into attention shows as a difference.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load_file
from tokenizers import Tokenizer

Vector = npt.NDArray[np.float64]


class ReferenceMiniLM:
    def __init__(self, folder: Path) -> None:
        self.config = json.loads((folder / "config.json").read_text())
        max_length = json.loads((folder / "sentence_bert_config.json").read_text())
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_length["max_seq_length"])
        self.tensors = {
            name: tensor.astype(np.float64)
            for name, tensor in load_file(folder / "model.safetensors").items()
        }

    def encode(self, text: str) -> Vector:
        ids = self.tokenizer.encode(text).ids
        tokens = [
            self.layer_norm(
                self.tensors["embeddings.word_embeddings.weight"][token]
                + self.tensors["embeddings.position_embeddings.weight"][position]
                + self.tensors["embeddings.token_type_embeddings.weight"][0],
                "embeddings.LayerNorm",
            )
            for position, token in enumerate(ids)
        ]
        for layer in range(self.config["num_hidden_layers"]):
            tokens = self.encoder_layer(tokens, f"encoder.layer.{layer}")
        mean: Vector = np.sum(tokens, axis=0) / len(tokens)
        return mean / math.sqrt(float(mean @ mean))

    def encoder_layer(self, tokens: list[Vector], at: str) -> list[Vector]:
        queries = [self.dense(f"{at}.attention.self.query", t) for t in tokens]
        keys = [self.dense(f"{at}.attention.self.key", t) for t in tokens]
        values = [self.dense(f"{at}.attention.self.value", t) for t in tokens]
        heads = self.config["num_attention_heads"]
        size = self.config["hidden_size"] // heads
        result = []
        for i, token in enumerate(tokens):
            per_head = []
            for head in range(heads):
                part = slice(head * size, (head + 1) * size)
                logits = [float(queries[i][part] @ k[part]) / math.sqrt(size) for k in keys]
                top = max(logits)
                odds = [math.exp(logit - top) for logit in logits]
                total = sum(odds)
                per_head.append(sum(o / total * v[part] for o, v in zip(odds, values, strict=True)))
            attended = self.dense(f"{at}.attention.output.dense", np.concatenate(per_head))
            token = self.layer_norm(token + attended, f"{at}.attention.output.LayerNorm")
            inner = self.dense(f"{at}.intermediate.dense", token)
            inner = np.array([u * (1 + math.erf(u / math.sqrt(2))) / 2 for u in inner])
            out = self.dense(f"{at}.output.dense", inner)
            result.append(self.layer_norm(token + out, f"{at}.output.LayerNorm"))
        return result

    def dense(self, name: str, vector: Vector) -> Vector:
        weight: Vector = self.tensors[f"{name}.weight"]  # (out, in), as torch stores it
        return weight @ vector + self.tensors[f"{name}.bias"]

    def layer_norm(self, vector: Vector, name: str) -> Vector:
        mean = sum(vector) / len(vector)
        variance = sum((v - mean) ** 2 for v in vector) / len(vector)
        scale = 1 / math.sqrt(variance + self.config["layer_norm_eps"])
        normalised = np.array([(v - mean) * scale for v in vector])
        return normalised * self.tensors[f"{name}.weight"] + self.tensors[f"{name}.bias"]
