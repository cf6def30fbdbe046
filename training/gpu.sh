#!/usr/bin/env bash
# One time-boxed training call on a lent GPU (see docs/models.md, "Trained on a GPU").
#
# Runs `python -m training.build` steps side by side on one GPU: forward and backward character
# language models of each hidden size in $HIDDEN, then NER with each pair; next to them the tagger
# goes on from the shipped model and the lemmatizer trains for more epochs. Every step stops on
# its wall-clock budget (--time-limit) and keeps its best model. Inputs come prepared from
# $GPU_DIR (made on the CPU machine; see docs/models.md): whl/ (stanza and the packages the GPU
# image lacks), data/ (the build's prepared data: charlm text, UD and NER files, nl_pretrain.pt),
# start/nl_pos.pt. Models and logs go to $OUT, the tar split in parts of 15 MB.
set -u
T0=$(date +%s)
elapsed() { echo $(($(date +%s) - T0)); }
G=${GPU_DIR:-.gpu}
OUT=${OUT:-/tmp/gpu-out}
HIDDEN=${HIDDEN:-512 256}
CHARLM_S=${CHARLM_S:-190} # charlm budget
END_S=${END_S:-515}       # NER, tagger and lemmatizer end by then
mkdir -p "$OUT"
if [ -d "$G/whl" ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site "$G"/whl/*.whl || exit 1
  export PYTHONPATH=/tmp/site:$PWD
fi
export PYTHONUNBUFFERED=1 OMP_NUM_THREADS=2
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader
python3 -c "import torch, stanza; print('torch', torch.__version__, 'stanza', stanza.__version__, 'cuda', torch.cuda.is_available())" || exit 1
D=/tmp/gpu-data L=/tmp/gpu-logs
rm -rf $D $L /tmp/gpu-w* /tmp/gpu-m*
mkdir -p $D $L
cp "$G"/data/* $D/ && xz -d $D/*.conllu.xz $D/*.json.xz || exit 1
build() { python3 -m training.build --seed 1234 "$@"; }
for w in $HIDDEN pos lemma; do mkdir -p /tmp/gpu-w$w && ln -s $D /tmp/gpu-w$w/data; done

charlms=()
for h in $HIDDEN; do
  for d in forward backward; do
    build --work /tmp/gpu-w$h --out /tmp/gpu-m$h --only ${d}_charlm --charlm-hidden "$h" \
      --time-limit "$CHARLM_S" >$L/${d}_charlm$h.log 2>&1 &
    charlms+=($!)
  done
done
rest=$((END_S - $(elapsed)))
build --work /tmp/gpu-wpos --out /tmp/gpu-mpos --only pos --continue-from "$G/start" \
  --max-steps 100000 --time-limit $rest >$L/pos.log 2>&1 &
build --work /tmp/gpu-wlemma --out /tmp/gpu-mlemma --only lemma --max-steps 60 \
  --time-limit $rest >$L/lemma.log 2>&1 &
wait "${charlms[@]}"
echo "charlm done at $(elapsed) s"
rest=$((END_S - $(elapsed)))
for h in $HIDDEN; do
  if [ -f /tmp/gpu-m$h/nl_forward_charlm.pt ] && [ -f /tmp/gpu-m$h/nl_backward_charlm.pt ]; then
    build --work /tmp/gpu-w$h --out /tmp/gpu-m$h --only ner --max-steps 100000 \
      --time-limit $rest >$L/ner$h.log 2>&1 &
  fi
done
wait
echo "training done at $(elapsed) s"
cd /tmp && rm -f gpu-m*/nl_pretrain.pt && ls -la gpu-m*
tar cf gpu-models.tar gpu-m* && split -b 15M gpu-models.tar "$OUT/models.tar.part-"
tar czf "$OUT/logs.tgz" gpu-logs
for f in gpu-logs/*.log; do
  echo "== $f"
  grep -E "ppl|dev_score|Dev score|best|time limit|Error|error|Traceback" "$f" | tail -n 4 | cut -c1-200
done
echo "packed at $(elapsed) s"
