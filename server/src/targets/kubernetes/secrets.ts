/** Names that hold a credential (`DB_PASSWORD`, `API_KEY`); `_FILE`, `_PATH`, … names only point at one. */
export const SECRET_NAME = /(?:^|_)(?:SECRET|PASSWORD|PASSWD|PASS|PWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:_|$)|SECRET|PASSWORD/i;
export const POINTER_NAME = /_(?:FILE|PATH|DIR|NAME|USER|USERNAME|URL|URI|HOST|PORT|ENABLED|REQUIRED|TYPE|MODE|LENGTH|TTL|EXPIRY|HEADER)$/i;
/** Values that are no credential: empty, a flag, a placeholder, a reference or a path. */
export const NOT_A_SECRET = /^(?:true|false|yes|no|on|off|none|null|disabled|enabled|changeme)?$|^\$\(|^\$\{|^\{\{|^\//i;
