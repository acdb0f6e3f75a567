/**
 * Linux capabilities that hand a container the host, its network or other processes, with what each
 * allows: one list for Compose `cap_add` and Kubernetes `capabilities.add`. `NET_RAW` is in the default
 * set of Docker and containerd but not in the Pod Security Standards' baseline list, so adding it back
 * (after dropping `ALL`) is reported by both.
 */
export const DANGEROUS_CAPABILITIES: ReadonlyMap<string, string> = new Map([
  ['ALL', 'every capability at once'],
  ['SYS_ADMIN', 'mounts, namespaces and much of what root can do on the host'],
  ['NET_ADMIN', 'rewriting interfaces, routes and firewall rules'],
  ['NET_RAW', 'raw sockets that forge packets and spoof ARP and DNS on the network'],
  ['SYS_PTRACE', 'reading and changing the memory of other processes'],
  ['SYS_MODULE', 'loading kernel modules into the host kernel'],
  ['SYS_RAWIO', 'raw access to devices and I/O ports'],
  ['SYS_BOOT', 'rebooting the host'],
  ['DAC_READ_SEARCH', 'reading any file, past its permissions'],
  ['BPF', 'loading eBPF programs into the kernel'],
  ['PERFMON', 'tracing the kernel and other processes'],
  ['SYS_TIME', 'setting the host clock'],
  ['MAC_ADMIN', 'changing the AppArmor or SELinux policy'],
  ['MAC_OVERRIDE', 'bypassing the AppArmor or SELinux policy'],
]);

/** The capability a `cap_add` or `capabilities.add` item names, upper case without `CAP_`. */
export function capabilityName(text: string): string {
  return text.trim().toUpperCase().replace(/^CAP_/, '');
}
