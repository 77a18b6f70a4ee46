/** Loaded before the CLI in its own process: reports that process's peak resident memory on exit. */
export const MAX_RSS_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('QCD_MAX_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;
