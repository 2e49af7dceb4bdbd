//! `mayfly build`: Python source → Wasm module on disk.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

#[derive(Args)]
pub struct BuildArgs {
    /// The Python tenant program
    source: PathBuf,
    /// Output file [default: the source with a .wasm extension]
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let source = std::fs::read_to_string(&args.source)
        .with_context(|| format!("cannot read {}", args.source.display()))?;
    let filename = args.source.display().to_string();
    let wasm = match mayfly_compiler::compile(&source, &filename) {
        Ok(wasm) => wasm,
        Err(err) => {
            eprint!("{err}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let output = args
        .output
        .unwrap_or_else(|| args.source.with_extension("wasm"));
    std::fs::write(&output, &wasm).with_context(|| format!("cannot write {}", output.display()))?;
    eprintln!("wrote {} ({} bytes)", output.display(), wasm.len());
    Ok(ExitCode::SUCCESS)
}
