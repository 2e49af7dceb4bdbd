//! Host/path → tenant. Pure data: built once from the config's `[[route]]`
//! entries, asked once per request, no I/O and no locks.
//!
//! Explicit routes are tried first, most specific first: an exact host
//! beats a wildcard host (`*.example.com`; a longer suffix beats a shorter
//! one), which beats a route for any host; among routes with the same host
//! pattern the longest path prefix wins. Then the default rule: `/NAME/rest`
//! goes to tenant NAME, which sees `/rest`.

use std::cmp::Reverse;
use std::fmt;

/// One `[[route]]` entry of the config.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RouteSpec {
    /// `api.example.com`, `*.example.com`, or absent for any host.
    pub host: Option<String>,
    /// A path prefix matched at segment boundaries (`/api` matches `/api`
    /// and `/api/x`, not `/apix`); absent means `/`.
    pub path: Option<String>,
    pub tenant: String,
    /// Hide the prefix from the tenant (it sees `/x` for `/api/x`).
    #[serde(default)]
    pub strip_prefix: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum HostPattern {
    Any,
    Exact(String),
    /// The suffix including its leading dot: `.example.com`.
    Wildcard(String),
}

impl HostPattern {
    fn parse(host: Option<&str>) -> Result<HostPattern, String> {
        let Some(host) = host else {
            return Ok(HostPattern::Any);
        };
        let host = host.to_ascii_lowercase();
        let valid = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b))
        };
        if let Some(suffix) = host.strip_prefix("*.") {
            if valid(suffix) {
                return Ok(HostPattern::Wildcard(format!(".{suffix}")));
            }
        } else if valid(&host) {
            return Ok(HostPattern::Exact(host));
        }
        Err(format!(
            "invalid host pattern {host:?} (use `name.tld` or `*.name.tld`)"
        ))
    }

    fn matches(&self, host: &str) -> bool {
        match self {
            HostPattern::Any => true,
            HostPattern::Exact(exact) => exact == host,
            HostPattern::Wildcard(suffix) => {
                host.len() > suffix.len() && host.ends_with(suffix.as_str())
            }
        }
    }

    /// Higher is more specific.
    fn rank(&self) -> (u8, usize) {
        match self {
            HostPattern::Exact(_) => (2, 0),
            HostPattern::Wildcard(suffix) => (1, suffix.len()),
            HostPattern::Any => (0, 0),
        }
    }
}

#[derive(Debug, Clone)]
struct Route {
    host: HostPattern,
    /// Normalised: starts with `/`, no trailing `/` unless it is `/`.
    prefix: String,
    tenant: String,
    strip_prefix: bool,
    /// `host/path` as the admin API and the request span show it.
    label: String,
}

/// A problem with one route, reported at load with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteError {
    /// 0-based position among the `[[route]]` entries.
    pub index: usize,
    pub message: String,
}

impl fmt::Display for RouteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "route #{}: {}", self.index + 1, self.message)
    }
}

/// Where a request goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteMatch<'a> {
    pub tenant: &'a str,
    /// Which rule matched: an explicit route as `host/path`, or `default`
    /// for `/NAME/...`. Bounded (one per configured route), so it may
    /// label logs.
    pub route: &'a str,
    /// Bytes at the start of the path hidden from the tenant.
    pub path_skip: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Router {
    /// Most specific first.
    routes: Vec<Route>,
}

impl Router {
    /// Builds the router, or reports every invalid or conflicting route.
    pub fn new(specs: &[RouteSpec]) -> Result<Router, Vec<RouteError>> {
        let mut routes: Vec<(usize, Route)> = Vec::new();
        let mut errors = Vec::new();
        for (index, spec) in specs.iter().enumerate() {
            match parse_route(spec) {
                Ok(route) => {
                    let clash = routes.iter().find(|(_, other)| {
                        other.host == route.host && other.prefix == route.prefix
                    });
                    match clash {
                        Some((first, other)) => errors.push(RouteError {
                            index,
                            message: format!(
                                "same host and path as route #{} (tenant {:?}); which one should win is ambiguous",
                                first + 1,
                                other.tenant
                            ),
                        }),
                        None => routes.push((index, route)),
                    }
                }
                Err(message) => errors.push(RouteError { index, message }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut routes: Vec<Route> = routes.into_iter().map(|(_, r)| r).collect();
        routes.sort_by_key(|r| Reverse((r.host.rank(), r.prefix.len())));
        Ok(Router { routes })
    }

    /// The tenant for `host` (lower case, no port) and `path`.
    pub fn route<'a>(&'a self, host: &str, path: &'a str) -> Option<RouteMatch<'a>> {
        for route in &self.routes {
            if route.host.matches(host) && prefix_matches(&route.prefix, path) {
                let path_skip = if route.strip_prefix && route.prefix != "/" {
                    route.prefix.len()
                } else {
                    0
                };
                return Some(RouteMatch {
                    tenant: &route.tenant,
                    route: &route.label,
                    path_skip,
                });
            }
        }
        default_route(path)
    }

    /// The routes that send requests to `tenant`, as `host/path` strings.
    pub fn routes_to(&self, tenant: &str) -> Vec<String> {
        let mut found: Vec<String> = self
            .routes
            .iter()
            .filter(|r| r.tenant == tenant)
            .map(|r| r.label.clone())
            .collect();
        found.push(format!("/{tenant}/"));
        found
    }
}

fn parse_route(spec: &RouteSpec) -> Result<Route, String> {
    let host = HostPattern::parse(spec.host.as_deref())?;
    let prefix = match spec.path.as_deref() {
        None | Some("/") => "/".to_string(),
        Some(p) if p.starts_with('/') && !p.contains(['?', '#']) => {
            p.trim_end_matches('/').to_string()
        }
        Some(p) => return Err(format!("path {p:?} must start with `/` and hold no query")),
    };
    if !crate::names::is_valid_tenant_name(&spec.tenant) {
        return Err(format!(
            "tenant name {:?} is not valid ({})",
            spec.tenant,
            crate::names::NAME_RULE
        ));
    }
    let label = match &host {
        HostPattern::Any => prefix.clone(),
        HostPattern::Exact(h) => format!("{h}{prefix}"),
        HostPattern::Wildcard(s) => format!("*{s}{prefix}"),
    };
    Ok(Route {
        host,
        prefix,
        tenant: spec.tenant.clone(),
        strip_prefix: spec.strip_prefix,
        label,
    })
}

/// `prefix` matches `path` whole or up to a `/`.
fn prefix_matches(prefix: &str, path: &str) -> bool {
    prefix == "/"
        || (path.starts_with(prefix)
            && matches!(path.as_bytes().get(prefix.len()), None | Some(b'/')))
}

/// `/NAME` or `/NAME/rest` → tenant NAME seeing `/` or `/rest`.
fn default_route(path: &str) -> Option<RouteMatch<'_>> {
    let rest = path.strip_prefix('/')?;
    let name = rest.split('/').next().unwrap_or("");
    if !crate::names::is_valid_tenant_name(name) {
        return None;
    }
    Some(RouteMatch {
        tenant: name,
        route: "default",
        path_skip: 1 + name.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(host: Option<&str>, path: Option<&str>, tenant: &str) -> RouteSpec {
        RouteSpec {
            host: host.map(Into::into),
            path: path.map(Into::into),
            tenant: tenant.into(),
            strip_prefix: false,
        }
    }

    fn router(specs: &[RouteSpec]) -> Router {
        Router::new(specs).expect("valid routes")
    }

    fn tenant<'a>(r: &'a Router, host: &str, path: &'a str) -> Option<&'a str> {
        r.route(host, path).map(|m| m.tenant)
    }

    #[test]
    fn default_rule_strips_the_tenant_name() {
        let r = router(&[]);
        assert_eq!(
            r.route("x", "/hello/a/b"),
            Some(RouteMatch {
                tenant: "hello",
                route: "default",
                path_skip: 6
            })
        );
        assert_eq!(
            r.route("x", "/hello"),
            Some(RouteMatch {
                tenant: "hello",
                route: "default",
                path_skip: 6
            })
        );
        assert_eq!(r.route("x", "/"), None);
        assert_eq!(r.route("x", "/Bad_Name/x"), None);
        // Python file names have underscores, so tenant names may too.
        assert_eq!(tenant(&r, "x", "/my_app/x"), Some("my_app"));
    }

    #[test]
    fn exact_host_beats_wildcard_beats_any() {
        let r = router(&[
            spec(None, Some("/"), "any"),
            spec(Some("*.example.com"), None, "wild"),
            spec(Some("*.eu.example.com"), None, "wild-eu"),
            spec(Some("api.example.com"), None, "exact"),
        ]);
        assert_eq!(tenant(&r, "api.example.com", "/x"), Some("exact"));
        assert_eq!(tenant(&r, "www.example.com", "/x"), Some("wild"));
        assert_eq!(tenant(&r, "a.eu.example.com", "/x"), Some("wild-eu"));
        assert_eq!(
            tenant(&r, "example.com", "/x"),
            Some("any"),
            "a wildcard needs a label before the suffix"
        );
        assert_eq!(tenant(&r, "other.org", "/x"), Some("any"));
    }

    #[test]
    fn longest_prefix_wins_at_segment_boundaries() {
        let r = router(&[
            spec(None, Some("/api"), "api"),
            spec(None, Some("/api/v2/"), "v2"),
        ]);
        assert_eq!(tenant(&r, "h", "/api/v2/123"), Some("v2"));
        assert_eq!(tenant(&r, "h", "/api/v2"), Some("v2"));
        assert_eq!(tenant(&r, "h", "/api/v1"), Some("api"));
        assert_eq!(tenant(&r, "h", "/api"), Some("api"));
        // `/apix` is not under `/api`: the default rule takes it.
        assert_eq!(tenant(&r, "h", "/apix/1"), Some("apix"));
    }

    #[test]
    fn strip_prefix_hides_the_prefix() {
        let mut s = spec(None, Some("/shop"), "store");
        s.strip_prefix = true;
        let r = router(&[s, spec(None, Some("/keep"), "keep")]);
        assert_eq!(
            r.route("h", "/shop/cart"),
            Some(RouteMatch {
                tenant: "store",
                route: "/shop",
                path_skip: 5
            })
        );
        assert_eq!(
            r.route("h", "/keep/cart"),
            Some(RouteMatch {
                tenant: "keep",
                route: "/keep",
                path_skip: 0
            })
        );
    }

    #[test]
    fn host_and_path_combine() {
        let r = router(&[
            spec(Some("a.com"), Some("/x"), "ax"),
            spec(Some("a.com"), None, "a"),
        ]);
        assert_eq!(tenant(&r, "a.com", "/x/1"), Some("ax"));
        assert_eq!(tenant(&r, "a.com", "/y"), Some("a"));
        assert_eq!(tenant(&r, "b.com", "/x/1"), Some("x"));
    }

    #[test]
    fn conflicts_and_bad_routes_are_all_reported() {
        let errors = Router::new(&[
            spec(Some("A.com"), Some("/p/"), "one"),
            spec(Some("a.com"), Some("/p"), "two"),
            spec(Some("*bad"), None, "three"),
            spec(None, Some("nope"), "four"),
            spec(None, None, "Not_Valid"),
        ])
        .expect_err("conflicts");
        let indices: Vec<usize> = errors.iter().map(|e| e.index).collect();
        assert_eq!(indices, vec![1, 2, 3, 4]);
        assert!(errors[0].to_string().contains("route #1"), "{}", errors[0]);
    }

    #[test]
    fn routes_to_lists_explicit_and_default_routes() {
        let r = router(&[spec(Some("*.a.com"), Some("/v"), "t")]);
        assert_eq!(
            r.routes_to("t"),
            vec!["*.a.com/v".to_string(), "/t/".to_string()]
        );
    }
}
