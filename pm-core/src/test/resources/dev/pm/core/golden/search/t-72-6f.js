pmSearch.shard("72-6f",{"roll":[0,2],"rollout":[0,2]});
