//! A minimal host for the guest ABI, enough to run compiled programs in
//! tests without the sandbox crate: init then one request on one instance.

use wasmtime::Result;
use wasmtime::{Caller, Config, Engine, Extern, Linker, Module, Store};

#[derive(Default, Debug)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub query: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[derive(Default, Debug)]
pub struct State {
    pub req: Req,
    pub status: u32,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub logs: Vec<(i32, String)>,
}

pub struct Outcome {
    pub state: State,
    pub trapped: bool,
}

fn mem<'a>(c: &'a mut Caller<'_, State>) -> (&'a mut [u8], &'a mut State) {
    let Some(Extern::Memory(m)) = c.get_export("memory") else {
        panic!("no memory")
    };
    m.data_and_store_mut(c)
}

fn copy_out(c: &mut Caller<'_, State>, item: Vec<u8>, buf: i32, cap: i32) -> i32 {
    let (data, _) = mem(c);
    let n = item.len().min(cap as u32 as usize);
    data[buf as u32 as usize..buf as u32 as usize + n].copy_from_slice(&item[..n]);
    item.len() as i32
}

fn read(c: &mut Caller<'_, State>, p: i32, n: i32) -> Vec<u8> {
    let (data, _) = mem(c);
    data[p as u32 as usize..(p as u32 + n as u32) as usize].to_vec()
}

pub fn run(wasm: &[u8], req: Req) -> Result<Outcome> {
    let mut cfg = Config::new();
    cfg.wasm_custom_page_sizes(true);
    let engine = Engine::new(&cfg)?;
    let module = Module::new(&engine, wasm)?;
    let mut linker: Linker<State> = Linker::new(&engine);
    linker.func_wrap(
        "mayfly",
        "log",
        |mut c: Caller<'_, State>, lvl: i32, p: i32, n: i32| {
            let s = String::from_utf8_lossy(&read(&mut c, p, n)).to_string();
            c.data_mut().logs.push((lvl, s));
        },
    )?;
    linker.func_wrap("mayfly", "f64_pow", |x: f64, y: f64| x.powf(y))?;
    macro_rules! req_item {
        ($name:literal, $f:expr) => {
            linker.func_wrap(
                "mayfly",
                $name,
                |mut c: Caller<'_, State>, buf: i32, cap: i32| {
                    let item: Vec<u8> = $f(&c.data().req);
                    copy_out(&mut c, item, buf, cap)
                },
            )?;
        };
    }
    req_item!("request_method", |r: &Req| r.method.clone().into_bytes());
    req_item!("request_path", |r: &Req| r.path.clone().into_bytes());
    req_item!("request_query", |r: &Req| r.query.clone().into_bytes());
    req_item!("request_body", |r: &Req| r.body.clone());
    linker.func_wrap(
        "mayfly",
        "request_header",
        |mut c: Caller<'_, State>, p: i32, n: i32, buf: i32, cap: i32| {
            let name = String::from_utf8_lossy(&read(&mut c, p, n)).to_lowercase();
            let v: Vec<String> = c
                .data()
                .req
                .headers
                .iter()
                .filter(|(k, _)| k.to_lowercase() == name)
                .map(|(_, v)| v.clone())
                .collect();
            if v.is_empty() {
                return -1;
            }
            copy_out(&mut c, v.join(", ").into_bytes(), buf, cap)
        },
    )?;
    linker.func_wrap("mayfly", "request_header_count", |c: Caller<'_, State>| {
        c.data().req.headers.len() as i32
    })?;
    linker.func_wrap(
        "mayfly",
        "request_header_name",
        |mut c: Caller<'_, State>, i: i32, buf: i32, cap: i32| match c
            .data()
            .req
            .headers
            .get(i as usize)
            .map(|h| h.0.to_lowercase())
        {
            Some(n) => copy_out(&mut c, n.into_bytes(), buf, cap),
            None => -1,
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "request_header_value",
        |mut c: Caller<'_, State>, i: i32, buf: i32, cap: i32| match c
            .data()
            .req
            .headers
            .get(i as usize)
            .map(|h| h.1.clone())
        {
            Some(n) => copy_out(&mut c, n.into_bytes(), buf, cap),
            None => -1,
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "response_status",
        |mut c: Caller<'_, State>, s: i32| {
            c.data_mut().status = s as u32;
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "response_header",
        |mut c: Caller<'_, State>, p: i32, n: i32, vp: i32, vn: i32| {
            let k = String::from_utf8_lossy(&read(&mut c, p, n)).to_lowercase();
            let v = String::from_utf8_lossy(&read(&mut c, vp, vn)).to_string();
            c.data_mut().headers.push((k, v));
        },
    )?;
    linker.func_wrap(
        "mayfly",
        "response_body",
        |mut c: Caller<'_, State>, p: i32, n: i32| {
            let b = read(&mut c, p, n);
            c.data_mut().body.extend_from_slice(&b);
        },
    )?;
    let mut store = Store::new(
        &engine,
        State {
            req,
            status: 200,
            ..Default::default()
        },
    );
    let inst = linker.instantiate(&mut store, &module)?;
    let init = inst.get_typed_func::<(), ()>(&mut store, "mayfly_init")?;
    let handle = inst.get_typed_func::<(), ()>(&mut store, "mayfly_handle")?;
    let mut trapped = init.call(&mut store, ()).is_err();
    if !trapped {
        trapped = handle.call(&mut store, ()).is_err();
    }
    Ok(Outcome {
        state: store.into_data(),
        trapped,
    })
}

pub fn get(path: &str) -> Req {
    let (p, q) = path.split_once('?').unwrap_or((path, ""));
    Req {
        method: "GET".into(),
        path: p.into(),
        query: q.into(),
        ..Default::default()
    }
}
