"""Checks reference-events.yaml: unique ids, no Arabic/English name or alias shared by two events,
every actor and place id known, described sets well formed, end >= start, id date = start."""
import yaml, re, sys, collections
import os
K=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'knowledge') + os.sep
ev=yaml.safe_load(open(K+'reference-events.yaml'))['events']
actors={a['id'] for a in yaml.safe_load(open(K+'actors.yaml'))['actors']}
places={p['id']:p for p in yaml.safe_load(open(K+'places.yaml'))['places']}
errs=[]
ids=collections.Counter(e['id'] for e in ev)
errs+=['duplicate id '+i for i,c in ids.items() if c>1]
act_ids=[a['id'] for a in yaml.safe_load(open(K+'actors.yaml'))['actors']]
errs+=['duplicate actor id '+i for i,c in collections.Counter(act_ids).items() if c>1]
pl_ids=[p['id'] for p in yaml.safe_load(open(K+'places.yaml'))['places']]
errs+=['duplicate place id '+i for i,c in collections.Counter(pl_ids).items() if c>1]
def norm(s):
    s=re.sub('[\u064B-\u0652\u0640]','',s)
    s=re.sub('[أإآ]','ا',s).replace('ة','ه').replace('ى','ي').replace('ؤ','و').replace('ئ','ي')
    return ' '.join(s.lower().split())
forms=collections.defaultdict(set)
for e in ev:
    for a in e.get('actors') or []:
        if a not in actors: errs.append(f"{e['id']}: unknown actor {a}")
    for p in e.get('places') or []:
        if p not in places: errs.append(f"{e['id']}: unknown place {p}")
    fs=[e['name']['ar'],e['name']['en']]+(e.get('aliases') or [])
    for f in fs: forms[norm(str(f))].add(e['id'])
    for s in e.get('described') or []:
        if not isinstance(s,list) or len(s)<1 or any(not isinstance(w,str) or len(norm(w))<2 for w in s):
            errs.append(f"{e['id']}: bad described set {s}")
        if len(s)<2: errs.append(f"{e['id']}: one-word described set {s}")
    if str(e.get('end',e['start']))<str(e['start']): errs.append(e['id']+': end before start')
    m=re.search(r'(\d{4}-\d{2}-\d{2})$',e['id'])
    if m and m.group(1)!=str(e['start']): errs.append(f"{e['id']}: id date differs from start {e['start']}")
for f,s in forms.items():
    if len(s)>1: errs.append(f"form '{f}' shared by {sorted(s)}")
print(len(ev),'events,',sum(1 for e in ev if e.get('described')),'described,',len(actors),'actors,',len(places),'places')
print('\n'.join(errs) if errs else 'OK: no problems')
sys.exit(1 if errs else 0)
