//! Output ownership: where the built site is written, and what dossier may delete.
//!
//! # Method
//!
//! [`Output::begin`] opens a writer on the output folder; the render stage calls
//! [`Output::write`] once per file (from any number of threads) and [`Output::commit`] once at
//! the end. Dropping an uncommitted writer deletes what it wrote and leaves the output untouched.
//!
//! - [`Mode::Swap`] (the default, `dossier build`): files go into a staging folder beside the
//!   output, `.NAME.dossier-staging-PID-NANOS`, created fresh and holding [`STAGING_MARKER`].
//!   On commit the staging folder and the output are exchanged in one step (`renameat2` with
//!   `RENAME_EXCHANGE` on Linux), so at every instant one complete output exists under the
//!   output's name, even if the process is killed. Where the exchange is not available the
//!   previous output is first renamed aside, the new one renamed in, and only then is the old
//!   one deleted; a kill in between leaves the previous output beside it, never nothing.
//! - [`Mode::InPlace`] (incremental rebuilds in `dossier serve`): each file is compared with the
//!   one on disk and rewritten (through a temporary file and a rename) only when its bytes
//!   changed; on commit, files the previous build wrote and this one did not are deleted.
//!
//! Ownership: the output holds [`OUTPUT_MARKER`], listing every file dossier wrote there. A file
//! in the output that the list does not name (a `CNAME` for GitHub Pages, a `.nojekyll`) was put
//! there by someone else: it is carried over into the new output and reported in
//! [`Committed::kept`]. Dossier deletes only folders carrying one of its markers, and only under
//! names it chose (`.NAME.dossier-*`); a `.NAME.old` or `.NAME.building` a user made is never
//! touched. An existing, non-empty output folder without the marker is refused.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Problem, Result};

/// The file that marks a folder as written by `dossier build`; it lists the files dossier wrote.
pub const OUTPUT_MARKER: &str = ".dossier-output";

/// The file that marks a staging folder made by dossier (safe to delete when left over).
pub const STAGING_MARKER: &str = ".dossier-staging";

/// The first line of [`OUTPUT_MARKER`]; the files written follow, one per line.
const MARKER_HEADER: &str = "Written by `dossier build`; replaced on every build. Files it wrote:";

/// How the new output replaces the previous one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write everything into a staging folder, then swap it with the output atomically.
    Swap,
    /// Rewrite, in the output itself, only the files whose bytes changed.
    InPlace,
}

/// A writer of one build's output. `Sync`: [`Output::write`] may be called from many threads.
#[derive(Debug)]
pub struct Output {
    out: PathBuf,
    mode: Mode,
    /// Where files are written: the staging folder, or the output itself in place.
    target: PathBuf,
    written: Mutex<BTreeSet<String>>,
    /// Files rewritten because their bytes changed (in place) or written (swap).
    changed: Mutex<usize>,
    committed: bool,
}

/// What a commit did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Committed {
    /// Number of files dossier wrote (the marker not counted).
    pub files: usize,
    /// Number of files whose bytes changed on disk.
    pub changed: usize,
    /// Files found in the previous output that dossier did not write, carried over unchanged
    /// (relative paths, sorted).
    pub kept: Vec<String>,
    /// Files of the previous build that this build no longer writes, deleted (in place only).
    pub removed: Vec<String>,
}

impl Output {
    /// Opens a writer on `out`. Refuses an output that exists and was not written by dossier,
    /// and clears staging folders that an interrupted build of the same output left behind.
    pub fn begin(out: &Path, mode: Mode) -> Result<Output> {
        refuse_foreign_output(out)?;
        let parent = parent_of(out);
        std::fs::create_dir_all(&parent).map_err(|e| Error::io(&parent, e))?;
        remove_leftover_staging(out)?;
        let target = match mode {
            Mode::Swap => create_staging(out)?,
            Mode::InPlace => {
                std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
                out.to_path_buf()
            }
        };
        Ok(Output {
            out: out.to_path_buf(),
            mode,
            target,
            written: Mutex::new(BTreeSet::new()),
            changed: Mutex::new(0),
            committed: false,
        })
    }

    /// Writes one file of the site; `relative` uses `/` and must stay inside the output.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<()> {
        let relative = checked_relative(relative)?;
        if relative == OUTPUT_MARKER || relative == STAGING_MARKER {
            return Ok(());
        }
        let path = self.target.join(&relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let changed = match self.mode {
            Mode::Swap => {
                std::fs::write(&path, bytes).map_err(|e| Error::io(&path, e))?;
                true
            }
            Mode::InPlace => write_if_changed(&path, bytes)?,
        };
        lock(&self.written).insert(relative);
        if changed {
            *lock(&self.changed) += 1;
        }
        Ok(())
    }

    /// Writes one file of the site as `write` produces it, without holding it whole in memory
    /// (a large data export); otherwise as [`Output::write`].
    pub fn write_streamed(
        &self,
        relative: &str,
        write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<()> {
        let relative = checked_relative(relative)?;
        if relative == OUTPUT_MARKER || relative == STAGING_MARKER {
            return Ok(());
        }
        let path = self.target.join(&relative);
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let changed = match self.mode {
            Mode::Swap => {
                // A plain file (not a temporary one, created private): the staging folder is
                // swapped into place whole.
                let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
                let mut buffered = std::io::BufWriter::new(file);
                write(&mut buffered)
                    .and_then(|()| buffered.flush())
                    .map_err(|e| Error::io(&path, e))?;
                true
            }
            Mode::InPlace => {
                let mut temp = tempfile::tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
                {
                    let mut buffered = std::io::BufWriter::new(&mut temp);
                    write(&mut buffered)
                        .and_then(|()| buffered.flush())
                        .map_err(|e| Error::io(&path, e))?;
                }
                let changed = !same_contents(&mut temp, &path);
                if changed {
                    copy_into(&mut temp, &path)?;
                }
                changed
            }
        };
        if changed {
            *lock(&self.changed) += 1;
        }
        lock(&self.written).insert(relative);
        Ok(())
    }

    /// Finishes the build: the new output takes the output's place.
    pub fn commit(mut self) -> Result<Committed> {
        self.committed = true;
        let written = std::mem::take(&mut *lock(&self.written));
        let changed = *lock(&self.changed);
        let previous = previous_files(&self.out);
        let foreign = foreign_files(&self.out, &previous, &written)?;
        let mut committed = Committed {
            files: written.len(),
            changed,
            kept: foreign.iter().cloned().collect(),
            removed: Vec::new(),
        };
        match self.mode {
            Mode::Swap => {
                copy_files(&self.out, &self.target, &foreign)?;
                write_marker(&self.target, &written)?;
                remove_file(&self.target.join(STAGING_MARKER))?;
                swap_into_place(&self.target, &self.out)?;
            }
            Mode::InPlace => {
                committed.removed = remove_stale(&self.out, &previous, &written)?;
                write_marker(&self.out, &written)?;
            }
        }
        Ok(committed)
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if !self.committed && self.mode == Mode::Swap {
            // A failed build: delete its staging folder (ours by construction).
            let _ = std::fs::remove_dir_all(&self.target);
        }
    }
}

/// Rewrites one file of an output dossier already wrote (one holding [`OUTPUT_MARKER`]), in
/// place and only if its bytes changed, without a full build's commit: for `dossier serve`'s
/// quick answer to an edit, which a full incremental build then follows. True if it wrote.
pub fn write_one_in_place(out: &Path, relative: &str, bytes: &[u8]) -> Result<bool> {
    let relative = checked_relative(relative)?;
    if !out.join(OUTPUT_MARKER).is_file() || relative == OUTPUT_MARKER {
        return Err(Error::io(
            out,
            std::io::Error::other("not an output folder written by dossier"),
        ));
    }
    let path = out.join(&relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    write_if_changed(&path, bytes)
}

/// One warning per file kept from the previous output, naming it and why it stayed.
pub fn kept_warnings(out: &Path, committed: &Committed) -> Vec<String> {
    committed
        .kept
        .iter()
        .map(|file| {
            format!(
                "{}: kept from the previous output; dossier did not write this file, so it \
                 carries it over to each new build (delete it there if it should go)",
                out.join(file).display()
            )
        })
        .collect()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn parent_of(out: &Path) -> PathBuf {
    out.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf()
}

fn output_name(out: &Path) -> String {
    out.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "public".to_string())
}

/// The prefix of every folder dossier creates beside `out`.
fn sibling_prefix(out: &Path) -> String {
    format!(".{}.dossier-", output_name(out))
}

fn create_staging(out: &Path) -> Result<PathBuf> {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let name = format!(
        "{}staging-{}-{nanos}",
        sibling_prefix(out),
        std::process::id()
    );
    let staging = parent_of(out).join(name);
    // create_dir (not create_dir_all): fails if the name exists, so the folder is ours.
    std::fs::create_dir(&staging).map_err(|e| Error::io(&staging, e))?;
    std::fs::write(
        staging.join(STAGING_MARKER),
        b"A build of dossier in progress; safe to delete.\n",
    )
    .map_err(|e| Error::io(&staging, e))?;
    Ok(staging)
}

/// Deletes folders beside `out` named like dossier's and carrying one of its markers.
fn remove_leftover_staging(out: &Path) -> Result<()> {
    let parent = parent_of(out);
    let prefix = sibling_prefix(out);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let marked = path.join(STAGING_MARKER).is_file() || path.join(OUTPUT_MARKER).is_file();
        if is_dir && name.starts_with(&prefix) && marked {
            std::fs::remove_dir_all(&path).map_err(|e| Error::io(&path, e))?;
        }
    }
    Ok(())
}

/// Refuses to replace an existing output that `dossier build` did not write.
fn refuse_foreign_output(out: &Path) -> Result<()> {
    let meta = match std::fs::symlink_metadata(out) {
        Ok(meta) => meta,
        Err(_) => return Ok(()),
    };
    let is_empty_dir = meta.is_dir()
        && std::fs::read_dir(out)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(false);
    if meta.is_dir() && (out.join(OUTPUT_MARKER).is_file() || is_empty_dir) {
        return Ok(());
    }
    Err(Error::Problems(vec![Problem::at(
        out.display().to_string(),
        None,
        "the output folder already exists and was not written by dossier; it would be replaced",
        "choose another --out folder, or move this one away if you no longer need it",
    )]))
}

/// A relative path inside the output: no `..`, no root, no empty name.
fn checked_relative(relative: &str) -> Result<String> {
    let path = Path::new(relative);
    let inside = !relative.is_empty()
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir));
    if inside {
        Ok(relative.replace('\\', "/"))
    } else {
        Err(Error::io(
            relative,
            std::io::Error::other("a page path must stay inside the output folder"),
        ))
    }
}

/// Writes `bytes` to `path` unless the file already holds exactly them; true if it wrote.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(|e| Error::io(dir, e))?;
    temp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(true)
}

/// Whether the file `a` (read from its start) holds the same bytes as the file at `b`, read a
/// block at a time (false when `b` is missing).
fn same_contents(a: &mut std::fs::File, b: &Path) -> bool {
    use std::io::{Read, Seek};
    let Ok(fb) = std::fs::File::open(b) else {
        return false;
    };
    let same_length = match (a.metadata(), fb.metadata()) {
        (Ok(ma), Ok(mb)) => ma.len() == mb.len(),
        _ => false,
    };
    if !same_length || a.rewind().is_err() {
        return false;
    }
    let mut ra = std::io::BufReader::new(a);
    let mut rb = std::io::BufReader::new(fb);
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let Ok(n) = ra.read(&mut ba) else {
            return false;
        };
        if n == 0 {
            return true;
        }
        if rb.read_exact(&mut bb[..n]).is_err() || ba[..n] != bb[..n] {
            return false;
        }
    }
}

/// Copies the file `from` (from its start) over the file at `to`, keeping `to`'s permissions.
fn copy_into(from: &mut std::fs::File, to: &Path) -> Result<()> {
    use std::io::Seek;
    from.rewind().map_err(|e| Error::io(to, e))?;
    let mut target = std::fs::File::create(to).map_err(|e| Error::io(to, e))?;
    std::io::copy(from, &mut target).map_err(|e| Error::io(to, e))?;
    Ok(())
}

/// The files the previous build says it wrote (empty when there was none).
fn previous_files(out: &Path) -> BTreeSet<String> {
    let Ok(text) = std::fs::read_to_string(out.join(OUTPUT_MARKER)) else {
        return BTreeSet::new();
    };
    let mut lines = text.lines();
    if lines.next() != Some(MARKER_HEADER) {
        // A marker from a version of dossier that kept no list: every file counts as its own.
        return all_files(out).unwrap_or_default().into_iter().collect();
    }
    lines.map(str::to_string).collect()
}

/// Files in the previous output that no build of dossier wrote and this build does not write.
fn foreign_files(
    out: &Path,
    previous: &BTreeSet<String>,
    written: &BTreeSet<String>,
) -> Result<BTreeSet<String>> {
    if !out.is_dir() {
        return Ok(BTreeSet::new());
    }
    Ok(all_files(out)?
        .into_iter()
        .filter(|f| f != OUTPUT_MARKER && !previous.contains(f) && !written.contains(f))
        .collect())
}

/// Every file under `dir`, relative, with `/`, without following symbolic links.
fn all_files(dir: &Path) -> Result<Vec<String>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, std::io::Error::other(e.to_string())))?;
        if !entry.file_type().is_dir() {
            if let Ok(relative) = entry.path().strip_prefix(dir) {
                files.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(files)
}

/// Copies `files` (relative) from `from` into `to`, keeping symbolic links as links.
fn copy_files(from: &Path, to: &Path, files: &BTreeSet<String>) -> Result<()> {
    for relative in files {
        let source = from.join(relative);
        let target = to.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let meta = std::fs::symlink_metadata(&source).map_err(|e| Error::io(&source, e))?;
        if meta.file_type().is_symlink() {
            copy_symlink(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| Error::io(&source, e))?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn copy_symlink(source: &Path, target: &Path) -> Result<()> {
    let link = std::fs::read_link(source).map_err(|e| Error::io(source, e))?;
    std::os::unix::fs::symlink(link, target).map_err(|e| Error::io(target, e))
}

#[cfg(not(unix))]
fn copy_symlink(source: &Path, target: &Path) -> Result<()> {
    std::fs::copy(source, target)
        .map(|_| ())
        .map_err(|e| Error::io(source, e))
}

fn write_marker(dir: &Path, written: &BTreeSet<String>) -> Result<()> {
    let mut text = format!("{MARKER_HEADER}\n");
    for file in written {
        text.push_str(file);
        text.push('\n');
    }
    // Only when changed: an unchanged rebuild in place touches no file.
    write_if_changed(&dir.join(OUTPUT_MARKER), text.as_bytes()).map(|_| ())
}

fn remove_file(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::io(path, e)),
        _ => Ok(()),
    }
}

/// In place: deletes the files the previous build wrote that this one did not.
fn remove_stale(
    out: &Path,
    previous: &BTreeSet<String>,
    written: &BTreeSet<String>,
) -> Result<Vec<String>> {
    let stale: Vec<String> = previous.difference(written).cloned().collect();
    for relative in &stale {
        if checked_relative(relative).is_ok() {
            remove_file(&out.join(relative))?;
        }
    }
    Ok(stale)
}

/// Puts the complete `staging` folder in the place of `out`.
fn swap_into_place(staging: &Path, out: &Path) -> Result<()> {
    if std::fs::symlink_metadata(out).is_err() {
        return std::fs::rename(staging, out).map_err(|e| Error::io(out, e));
    }
    if exchange(staging, out).is_ok() {
        // `staging` now holds the previous output.
        return std::fs::remove_dir_all(staging).map_err(|e| Error::io(staging, e));
    }
    // No atomic exchange here: move the previous output aside (under a name of ours, with its
    // marker), move the new one in, then delete the old. A kill in between leaves the previous
    // output beside the new name, which the next build clears.
    let aside = PathBuf::from(format!("{}-previous", staging.display()));
    std::fs::rename(out, &aside).map_err(|e| Error::io(out, e))?;
    if let Err(e) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&aside, out);
        return Err(Error::io(out, e));
    }
    std::fs::remove_dir_all(&aside).map_err(|e| Error::io(&aside, e))
}

/// Exchanges two paths atomically (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(any(target_os = "linux", target_os = "android"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<()> {
    Err(std::io::Error::from(std::io::ErrorKind::Unsupported))
}

#[cfg(test)]
mod tests;
