pmSearch.shard("72-75",{"runbook":[0,2]});
