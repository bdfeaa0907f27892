#!/usr/bin/env bash
# Makes and mounts a fresh ext4 file system with a journal (mkfs.ext4's defaults) in a sparse image file, for
# BENCH_WORK. Needs root (mount). Prints the folder to use:
#
#   export BENCH_WORK=$(sudo bench/journaled-fs.sh)    # then bench/run.sh, serve-latency.sh, rebuild.sh
#   sudo umount /mnt/pm-bench && sudo rm /var/tmp/pm-bench.img   # afterwards
#
# Why: on ext4 without a journal (the root file system of some virtual machines, this project's benchmark host
# among them), the kernel will not reuse an inode freed in the last minutes and scans past each one when it
# creates a file; the benchmark deletes every output folder before its run, so every contender then pays for
# each file it creates far more than it does on a usual disk (ext4 with a journal, XFS, APFS, NTFS), and the one
# that writes more files pays more. A journaled file system measures the tools as their users run them.
set -euo pipefail
IMAGE="${BENCH_IMAGE:-/var/tmp/pm-bench.img}"
MOUNT="${BENCH_MOUNT:-/mnt/pm-bench}"
SIZE="${BENCH_IMAGE_SIZE:-40G}"   # N = 100,000 needs about 12 GB: four sites of up to 2.7 GB and the corpora

# A fresh file system each time: whatever is mounted at BENCH_MOUNT is unmounted, and BENCH_IMAGE replaced.
if mountpoint -q "$MOUNT"; then umount "$MOUNT"; fi
rm -f "$IMAGE"
truncate -s "$SIZE" "$IMAGE"
mkfs.ext4 -q -F -j "$IMAGE"
if ! dumpe2fs -h "$IMAGE" 2>/dev/null | grep -q '^Filesystem features:.*has_journal'; then
  echo "journaled-fs: $IMAGE has no journal" >&2
  exit 1
fi
mkdir -p "$MOUNT"
mount -o loop "$IMAGE" "$MOUNT"
mkdir -p "$MOUNT/work"
# Run with sudo, the benchmark itself then runs as the user who asked.
chown "${SUDO_UID:-$(id -u)}:${SUDO_GID:-$(id -g)}" "$MOUNT/work"
echo "$MOUNT/work"
