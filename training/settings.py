"""Compact, CPU-friendly training settings for each processor (see docs/models.md)."""

from __future__ import annotations

from typing import Final

# Steps are tuned for a 2-core CPU and a ~1.5 h training budget; --max-steps overrides them.
STEPS: Final[dict[str, int]] = {
    "tokenizer": 2500,
    "pos": 10000,
    "lemma": 3,  # epochs over the 3x (augmented) data, not steps
    "forward_charlm": 20,  # epochs over the news text, not steps (a GPU run stops on time)
    "backward_charlm": 20,
    "depparse": 10000,
    "ner": 2500,
}

TOKENIZER_ARGS: Final = [
    "--max_seqlen",
    "200",
    "--eval_steps",
    "200",
    "--max_steps_before_stop",
    "1500",
    "--no_use_mwt",
]

POS_ARGS: Final = [
    "--batch_size",
    "32",
    "--hidden_dim",
    "100",
    "--char_hidden_dim",
    "100",
    "--deep_biaff_hidden_dim",
    "100",
    "--composite_deep_biaff_hidden_dim",
    "50",
    "--word_emb_dim",
    "50",
    "--eval_interval",
    "200",
    "--fix_eval_interval",
    "--max_steps_before_stop",
    "3000",
]

# Character language models: a small hidden size keeps NER fast on a CPU (the charlm runs over
# every character of the text); Stanza's official models use 1024.
CHARLM_HIDDEN: Final = 512
CHARLM_ARGS: Final = [
    "--char_emb_dim",
    "100",
    "--batch_size",
    "200",
    "--bptt_size",
    "250",
    "--eval_steps",
    "100",
    "--no_checkpoint",
]

LEMMA_ARGS: Final = ["--batch_size", "100", "--hidden_dim", "150", "--decay_epoch", "2"]

DEPPARSE_ARGS: Final = [
    "--batch_size",
    "1000",
    "--hidden_dim",
    "200",
    "--char_hidden_dim",
    "100",
    "--deep_biaff_hidden_dim",
    "200",
    "--deep_biaff_output_dim",
    "100",
    "--word_emb_dim",
    "50",
    "--num_layers",
    "2",
    "--eval_interval",
    "200",
    "--checkpoint_interval",
    "200",
    "--max_steps_before_stop",
    "3000",
    "--second_optim_start_step",
    "6000",
]

# Steps of the second NER run (``--finetune`` from the best first-run model).
NER_SECOND_RUN_STEPS: Final = 2500

NER_ARGS: Final = [
    "--hidden_dim",
    "200",
    "--char_hidden_dim",
    "100",
    "--eval_interval",
    "250",
    "--max_steps_no_improve",
    "2500",
]
